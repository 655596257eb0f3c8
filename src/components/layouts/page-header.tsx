import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '@/components/ui/use-document-title';

/** A page's h1 and lead text; the title also names the browser tab. */
export function PageHeader({ title, intro, children }: { title: string; intro?: ReactNode; children?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <header className="page-header">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {intro && <Paragraph>{intro}</Paragraph>}
      {children}
    </header>
  );
}
