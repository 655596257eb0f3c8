import type { ReactNode } from 'react';
import { Section } from './section';

/** «Slik teller vi»: the definitions behind a page's figures, one item each (the overview's and the analysis'). */
export function CountingNote({ title, items }: { title: string; items: readonly ReactNode[] }) {
  return (
    <Section title={title} className="chart-panel counting-note">
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </Section>
  );
}
