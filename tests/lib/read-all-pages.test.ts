import { describe, expect, it } from 'vitest';
import { readAllPages } from '@/lib/read-all-pages';

const OPTIONS = { pageSize: 2, changedMessage: 'The list changed while it was read.' };

/** A list read two at a time, newest first; `recordWhile(page, reads)` may add an item before a page is answered. */
function newestFirst(initial: number, recordWhile: (page: number, reads: number) => boolean = () => false) {
  const list = Array.from({ length: initial }, (_, index) => initial - index);
  let reads = 0;
  const fetchPage = (page: number) => {
    reads += 1;
    if (recordWhile(page, reads)) list.unshift((list[0] ?? 0) + 1);
    return Promise.resolve({ items: list.slice((page - 1) * 2, page * 2), total: list.length, day: '2026-11-23' });
  };
  return { fetchPage, reads: () => reads };
}

describe('readAllPages', () => {
  it('reads every page, in order, with the first page for what else it says', async () => {
    const { fetchPage, reads } = newestFirst(5);
    const { items, first } = await readAllPages(fetchPage, OPTIONS);
    expect(items).toEqual([5, 4, 3, 2, 1]);
    expect(first.day).toBe('2026-11-23');
    expect(reads()).toBe(3);
  });

  it('reads one page when the list is empty', async () => {
    const { fetchPage, reads } = newestFirst(0);
    expect((await readAllPages(fetchPage, OPTIONS)).items).toEqual([]);
    expect(reads()).toBe(1);
  });

  it('reads again when an item is recorded between the pages (it would shift every page after it)', async () => {
    // The second read of page 2 comes after a new item: page 2 says 6 where page 1 said 5.
    const { fetchPage } = newestFirst(5, (page, reads) => page === 2 && reads === 2);
    const { items } = await readAllPages(fetchPage, OPTIONS);
    expect(items).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('fails, rather than give a list cut or with an item twice, when the list keeps changing', async () => {
    const { fetchPage } = newestFirst(5, (page) => page === 2);
    await expect(readAllPages(fetchPage, OPTIONS)).rejects.toThrow('The list changed while it was read.');
  });

  it('fails when the items do not add up to the total', async () => {
    const fetchPage = () => Promise.resolve({ items: [1], total: 2 });
    await expect(readAllPages(fetchPage, { ...OPTIONS, pageSize: 5 })).rejects.toThrow('The list changed while it was read.');
  });
});
