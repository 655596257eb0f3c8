import { colorStyle, type StatusStyle } from '@/components/charts/status-style';
import type { SlippageBucket } from '../utils/area-outcomes';

/**
 * How each slippage bucket is drawn: green (success) on time, yellow (warning) one or two years late,
 * red (danger) three years or more, and grey (neutral) still open past the target; each with its own
 * texture, so that colour is never the only cue. The same tokens as the status colours.
 */
const COLORS: Record<SlippageBucket, string> = {
  onTime: 'success',
  late1: 'warning',
  late2: 'warning',
  late3: 'danger',
  late4plus: 'danger',
  openLate: 'neutral',
};

const TEXTURES: Record<SlippageBucket, string> = {
  onTime: '',
  late1: 'M2,2 h1 v1 h-1 z M6,6 h1 v1 h-1 z',
  late2: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4',
  late3: 'M0,2 h8 M0,6 h8',
  late4plus: 'M0,0 l8,8 M8,0 l-8,8',
  openLate: 'M2,0 v8 M6,0 v8',
};

export function bucketStyle(bucket: SlippageBucket): StatusStyle {
  return colorStyle(COLORS[bucket], TEXTURES[bucket]);
}
