import type { SVGProps } from 'react';

/**
 * Designsystemet's spinner (its markup and its `ds-spinner` styles), without the component's effect that
 * lines up every spinner's animation: that effect calls `document.getAnimations()`, which makes the browser
 * recalculate the whole page's styles twice for each spinner, on the page's first render. Spinners here show
 * for moments, one or two at a time; their phase does not matter.
 */
export function Spinner({ 'aria-label': label, ...rest }: SVGProps<SVGSVGElement> & { 'data-size'?: 'sm' | 'md' | 'lg' }) {
  return (
    <svg aria-label={label} className="ds-spinner" role="img" viewBox="0 0 50 50" {...rest}>
      <circle className="ds-spinner__background" cx="25" cy="25" r="20" fill="none" strokeWidth="5" />
      <circle className="ds-spinner__circle" cx="25" cy="25" r="20" fill="none" strokeWidth="5" />
    </svg>
  );
}
