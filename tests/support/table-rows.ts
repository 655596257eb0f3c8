import { within } from '@testing-library/react';

/** A table's body as text, one array per row: the row header, then the cells (white space made plain). */
export function tableRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.replace(/\s/g, ' ').trim()));
}
