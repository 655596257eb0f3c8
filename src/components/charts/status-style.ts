import type { Status } from '@/domain/status';
import { STATUS_COLORS } from '@/components/ui/status-tag';

/**
 * How each status is drawn in the charts and their legends: the Designsystemet colour of its tag,
 * an outline in the same colour's strongest border (so that light fills such as "at risk" still
 * stand out 3:1 against the page), and a texture, so that colour is never the only cue.
 */
export interface StatusStyle {
  fill: string;
  outline: string;
  /** The texture's colour: the colour meant for text on the fill. */
  ink: string;
  /** An SVG path on an 8 × 8 tile; empty for a solid fill. */
  texture: string;
}

const TEXTURES: Record<Status, string> = {
  completed: '',
  in_progress: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4',
  at_risk: 'M2,2 h1 v1 h-1 z M6,6 h1 v1 h-1 z',
  planned: 'M0,2 h8 M0,6 h8',
  cancelled: 'M0,0 l8,8 M8,0 l-8,8',
  replaced: 'M2,0 v8 M6,0 v8',
};

/** How a Designsystemet colour ("success", "warning" …) is drawn: its fill, outline and texture ink. */
export function colorStyle(color: string, texture: string): StatusStyle {
  return {
    fill: `var(--ds-color-${color}-base-default)`,
    outline: `var(--ds-color-${color}-border-strong)`,
    ink: `var(--ds-color-${color}-base-contrast-default)`,
    texture,
  };
}

export function statusStyle(status: Status): StatusStyle {
  return colorStyle(STATUS_COLORS[status], TEXTURES[status]);
}

/** The id of a status's pattern inside one chart (ids are per chart, since a page has several). */
export function patternId(prefix: string, status: Status): string {
  return `${prefix}-${status}`;
}
