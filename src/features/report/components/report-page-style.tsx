/** A CSS string literal, safe inside a style element: quotes and backslashes escaped, no line breaks, no `<`. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/</g, '\\3c ').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The printed report's page: A4 with the running header (the plan and the reporting date) at the top of every page
 * and "Side 3 av 9" at the bottom, in the page's margin boxes. A style element of the report's own, so that the rule
 * holds only while the report is on the page (the app's other printouts keep theirs, app.css).
 */
export function ReportPageStyle({ header, page, of }: { header: string; page: string; of: string }) {
  const css = `@page {
  size: A4 portrait;
  margin: 18mm 15mm 16mm;
  @top-left { content: ${cssString(header)}; font-family: system-ui, sans-serif; font-size: 8pt; color: #333; }
  @bottom-right { content: ${cssString(page)} " " counter(page) " " ${cssString(of)} " " counter(pages); font-family: system-ui, sans-serif; font-size: 8pt; color: #333; }
}`;
  return <style data-report-page="">{css}</style>;
}
