import { Link, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

export interface DataColumn {
  key: string;
  label: ReactNode;
  numeric?: boolean;
}

export interface DataRow {
  key: string;
  header: ReactNode;
  cells: ReactNode[];
  /**
   * Instead of cells: one cell across the other columns that says why the row has no figures (a plan with no
   * measures registered), so that it is never a row of zeros and dashes.
   */
  note?: ReactNode;
}

interface DataTableProps {
  caption: string;
  /** The first column heads the row headers. */
  columns: readonly DataColumn[];
  rows: readonly DataRow[];
  /**
   * False for the copy that screen readers get next to a chart: it is not shown, so its scroll area
   * and links must not take keyboard focus (the "show as table" button gives the visible one).
   */
  focusable?: boolean;
}

/** A chart's numbers as a table: the same numbers, a caption, and row and column headers. */
export function DataTable({ caption, columns, rows, focusable = true }: DataTableProps) {
  const table = (
    <Table zebra data-size="sm" className="data-table">
      <caption>{caption}</caption>
      <Table.Head>
        <Table.Row>
          {columns.map((column) => (
            <Table.HeaderCell key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
              {column.label}
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.key}>
            <Table.HeaderCell scope="row">{row.header}</Table.HeaderCell>
            {row.note === undefined ? (
              row.cells.map((cell, index) => (
                <Table.Cell key={columns[index + 1]?.key ?? index} className={columns[index + 1]?.numeric ? 'numeric' : undefined}>
                  {cell}
                </Table.Cell>
              ))
            ) : (
              <Table.Cell colSpan={Math.max(columns.length - 1, 1)} className="data-table__note">
                {row.note}
              </Table.Cell>
            )}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
  if (!focusable) return table;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      {table}
    </div>
  );
}

interface CountLinkProps {
  count: number;
  /** The measures list filtered to the measures counted. */
  href: string;
  /** What is counted, for the link's name: "Omsorgstjenestene, Planlagt". */
  label: string;
  focusable?: boolean;
}

/** A count that opens the list of the measures it counts; a zero is plain text (there is nothing to open). */
export function CountLink({ count, href, label, focusable = true }: CountLinkProps) {
  const language = useLanguage();
  const text = formatNumber(count, language);
  if (count === 0) return <>{text}</>;
  return (
    <Link asChild>
      <RouterLink to={href} aria-label={`${text}: ${label}`} tabIndex={focusable ? undefined : -1}>
        {text}
      </RouterLink>
    </Link>
  );
}
