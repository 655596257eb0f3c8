/** What every page of a paged list answers: its items, and how many there are in all. */
export interface PageOfItems<T> {
  items: readonly T[];
  total: number;
}

/** The whole list, and its first page (for what the pages say besides the items, such as the day judged on). */
export interface AllPages<P extends PageOfItems<unknown>> {
  items: P['items'][number][];
  first: P;
}

interface ReadAllPagesOptions {
  /** The page size `fetchPage` asks for: how many items a full page has. */
  pageSize: number;
  /** The error's message when the list keeps changing while it is read. */
  changedMessage: string;
}

/**
 * Every item of a list the API gives a page at a time: the first page says how many there are, and the rest are
 * fetched side by side. Pages that disagree on the total, or items that do not add up to it, mean that the list
 * changed while it was read (in a list with the newest first, one new item shifts every page after it): the
 * list is read again once, then the change is reported as an error. A list is whole or it is not given, never
 * silently cut or with an item twice.
 */
export async function readAllPages<P extends PageOfItems<unknown>>(fetchPage: (page: number) => Promise<P>, options: ReadAllPagesOptions): Promise<AllPages<P>> {
  return (await readOnce(fetchPage, options.pageSize)) ?? (await readOnce(fetchPage, options.pageSize)) ?? Promise.reject(new Error(options.changedMessage));
}

async function readOnce<P extends PageOfItems<unknown>>(fetchPage: (page: number) => Promise<P>, pageSize: number): Promise<AllPages<P> | null> {
  const first = await fetchPage(1);
  const pageCount = Math.ceil(first.total / pageSize);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => fetchPage(index + 2)));
  const pages = [first, ...rest];
  const items: P['items'][number][] = pages.flatMap((page) => page.items);
  if (pages.some((page) => page.total !== first.total) || items.length !== first.total) return null;
  return { items, first };
}
