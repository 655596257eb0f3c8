import type { Status } from '@/domain/status';
import { patternId, statusStyle } from './status-style';

/** SVG pattern definitions, one per status, to fill shapes with `url(#id)`. */
export function StatusPatterns({ prefix, statuses }: { prefix: string; statuses: readonly Status[] }) {
  return (
    <defs>
      {statuses.map((status) => {
        const style = statusStyle(status);
        return (
          <pattern key={status} id={patternId(prefix, status)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" style={{ fill: style.fill }} />
            {style.texture && <path d={style.texture} style={{ stroke: style.ink, strokeWidth: 1.5, strokeOpacity: 0.75, fill: style.ink }} />}
          </pattern>
        );
      })}
    </defs>
  );
}
