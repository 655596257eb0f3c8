import { Button } from '@digdir/designsystemet-react';

/**
 * Prints the page (the browser's print dialogue): what is printed is the page's print layout, with its
 * print-only header. Not printed itself.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" data-size="sm" className="print-button" onClick={() => window.print()}>
      <svg aria-hidden="true" focusable="false" width="1em" height="1em" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 9V3h12v6M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M6 14h12v7H6z" />
      </svg>
      {label}
    </Button>
  );
}
