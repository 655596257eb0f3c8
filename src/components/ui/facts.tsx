import type { ReactNode } from 'react';

/** A description list of label–value pairs, laid out as two columns (one on a phone). */
export function Facts({ children, compact = false }: { children: ReactNode; compact?: boolean }) {
  return <dl className={compact ? 'facts facts--compact' : 'facts'}>{children}</dl>;
}

export function Fact({ label, children, lang }: { label: string; children: ReactNode; lang?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd lang={lang}>{children}</dd>
    </div>
  );
}
