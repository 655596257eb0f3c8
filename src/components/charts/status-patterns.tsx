import type { Status } from '@/domain/status';
import { patternId, statusStyle, type StatusStyle } from './status-style';

/** SVG pattern definitions, one per status, to fill shapes with `url(#id)`. */
export function StatusPatterns({ prefix, statuses }: { prefix: string; statuses: readonly Status[] }) {
  return <PatternDefs patterns={statuses.map((status) => ({ id: patternId(prefix, status), style: statusStyle(status) }))} />;
}

/** SVG pattern definitions for any series drawn with a fill and a texture (an 8 × 8 tile). */
export function PatternDefs({ patterns }: { patterns: readonly { id: string; style: Pick<StatusStyle, 'fill' | 'ink' | 'texture'> }[] }) {
  return (
    <defs>
      {patterns.map(({ id, style }) => (
        <pattern key={id} id={id} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" style={{ fill: style.fill }} />
          {style.texture && <path d={style.texture} style={{ stroke: style.ink, strokeWidth: 1.5, strokeOpacity: 0.75, fill: style.ink }} />}
        </pattern>
      ))}
    </defs>
  );
}
