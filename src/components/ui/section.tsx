import { Heading } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

/** A titled region of a page: a landmark named by its heading. */
export function Section({ title, children, className, id }: { title: string; children: ReactNode; className?: string; id?: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={className ?? 'page-section'} id={id}>
      <Heading level={2} data-size="sm" id={headingId}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
