import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeLogItem, ChangeLogPage } from '@/domain/change-log';
import { changeLogEntries } from '@/domain/change-log-rows';
import { isoDateInOslo } from '@/domain/date-point';
import type { Measure, StatusHistoryEntry } from '@/domain/measure';
import type { Status } from '@/domain/status';
import commonText from '@/locales/nb/common.json';
import { createApiHandler } from '../../server/api/handler';
import { atomFeed, FEED_ENTRY_LIMIT } from '../../server/feeds';
import { jsonLogger } from '../../server/log';
import { serverApiContext } from '../../server/server-context';
import { SqlStore } from '../../server/store/sql-store';
import { startTestServer } from './support';

/** The Atom feeds of the real backend: what they hold, against the history the API serves, and after an edit. */
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const ATOM = 'http://www.w3.org/2005/Atom';
const ORIGIN = 'http://localhost';
const PLAN = 'meld-st-26-2014-2015';

interface Link {
  '@_rel'?: string;
  '@_href': string;
  '@_type'?: string;
}
interface TextNode {
  /** An Atom text in CDATA, as written (the parser decodes entities in `#text`, not here). */
  '#cdata'?: string;
  '#text'?: string;
  '@_type'?: string;
}
interface Entry {
  id: string;
  title: TextNode;
  updated: string;
  published: string;
  link: Link[];
  author: { name: string }[];
  summary: TextNode;
  content: TextNode;
  category: { '@_term': string; '@_label': string }[];
}
interface AtomFeed {
  '@_xmlns': string;
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  generator: string;
  author: { name: string }[];
  link: Link[];
  entry?: Entry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  textNodeName: '#text',
  cdataPropName: '#cdata',
  alwaysCreateTextNode: false,
  isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
});

/** The text a reader shows of an Atom `type="html"` text (its HTML, written in CDATA): tags dropped, then entities decoded. */
const unescapeHtml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const textOf = (node: TextNode | string) => (typeof node === 'string' ? node : (node['#cdata'] ?? node['#text'] ?? ''));
const htmlText = (node: TextNode) => unescapeHtml(textOf(node).replace(/<[^>]+>/g, ''));

async function fetchFeed(path: string, init?: RequestInit): Promise<{ response: Response; xml: string; feed: AtomFeed }> {
  const response = await server.request(path, init);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  // Well-formed XML: the validator throws (line and column) where it is not.
  expect(SyntaxValidator.validate(xml)).toBe(true);
  const parsed = parser.parse(xml) as { feed?: AtomFeed };
  if (parsed.feed === undefined) throw new Error(`no <feed> in ${path}`);
  return { response, xml, feed: parsed.feed };
}

/** The status changes the log of changes lists, newest recorded first. */
async function statusChanges(filter: (item: ChangeLogItem) => boolean): Promise<(ChangeLogItem & { entry: StatusHistoryEntry })[]> {
  const page = (await (await server.request('/api/changes?pageSize=1000')).json()) as ChangeLogPage;
  expect(page.total).toBeLessThanOrEqual(1000);
  return page.items.filter((item): item is ChangeLogItem & { entry: StatusHistoryEntry } => item.entry.type === 'status' && filter(item));
}

/** RFC 4287's required elements and the feed's own links, author and order. */
function expectAtom(feed: AtomFeed, path: string, pagePath: string) {
  expect(feed['@_xmlns']).toBe(ATOM);
  expect(feed.id).toBe(`${ORIGIN}${path}`);
  expect(feed.title.length).toBeGreaterThan(0);
  expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  expect(feed.link).toContainEqual({ '@_rel': 'self', '@_href': `${ORIGIN}${path}` });
  expect(feed.link).toContainEqual({ '@_rel': 'alternate', '@_href': `${ORIGIN}${pagePath}` });
  expect(feed.author.map((author) => author.name)).toEqual(['Tiltaksmonitor']);
  expect(feed.generator).toBe('Tiltaksmonitor');
  const entries = feed.entry ?? [];
  for (const entry of entries) {
    expect(entry.id.length).toBeGreaterThan(0);
    expect(textOf(entry.title).length).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
  }
  expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  const times = entries.map((entry) => Date.parse(entry.updated));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  if (entries[0] !== undefined) expect(Date.parse(feed.updated)).toBe(Date.parse(entries[0].updated));
}

/** Each entry is the status change the log lists in the same place: measure, from → to, reason, source, when, who, link. */
function expectEntries(feed: AtomFeed, expected: readonly (ChangeLogItem & { entry: StatusHistoryEntry })[]) {
  const entries = feed.entry ?? [];
  expect(entries.map((entry) => entry.id)).toEqual(expected.map((item) => `${ORIGIN}/api/measures/${item.measureId}/history#${item.entry.id}`));
  entries.forEach((entry, index) => {
    const item = expected[index];
    if (item === undefined) throw new Error('no such item');
    const change = `Status: ${commonText.status[item.entry.from]} → ${commonText.status[item.entry.to]}`;
    const title = htmlText(entry.title);
    expect(title).toContain(change);
    expect(title).toContain(item.title.nb);
    expect(title).toContain(`nr. ${item.number}`);
    expect(htmlText(entry.summary)).toBe(item.entry.reason);
    const content = textOf(entry.content);
    expect(content).toContain(item.entry.reason.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    expect(htmlText(entry.content)).toContain(change);
    if (item.entry.source !== undefined) expect(htmlText(entry.content)).toContain(item.entry.source.title);
    if (item.entry.source?.url) expect(content).toContain(`href="${item.entry.source.url.replace(/&/g, '&amp;')}"`);
    expect(Date.parse(entry.updated)).toBe(Date.parse(item.entry.recordedAt));
    expect(Date.parse(entry.published)).toBe(Date.parse(item.entry.recordedAt));
    expect(entry.author.map((author) => author.name)).toEqual([item.entry.by.name]);
    expect(entry.link).toEqual([{ '@_rel': 'alternate', '@_type': 'text/html', '@_href': `${ORIGIN}/tiltak/${item.measureId}` }]);
    expect(entry.category).toEqual([{ '@_term': item.entry.to, '@_label': commonText.status[item.entry.to] }]);
  });
}

async function expectProblem(path: string, status: number) {
  const response = await server.request(path);
  expect(response.status, path).toBe(status);
  expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  const body = (await response.json()) as { status: number; title: string };
  expect(body.status).toBe(status);
  return body;
}

describe('Atom feeds of status changes (the server)', () => {
  it("a plan's feed: every status change of its measures, newest recorded first, as the log of changes has them", async () => {
    const path = `/api/feeds/plans/${PLAN}.atom`;
    const { feed } = await fetchFeed(path);
    expectAtom(feed, path, `/tiltak?plan=${PLAN}`);
    expect(feed.title).toContain('Meld. St. 26 (2014–2015)');
    const expected = await statusChanges((item) => item.planId === PLAN);
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.length).toBeLessThanOrEqual(FEED_ENTRY_LIMIT);
    expect(feed.entry).toHaveLength(expected.length);
    expectEntries(feed, expected);
    // Some of the changes rest on a source with an address, and the feed links it.
    expect(expected.some((item) => item.entry.source?.url)).toBe(true);
  });

  it("a measure's feed: its status changes, the same as its history", async () => {
    const all = await statusChanges(() => true);
    const counts = new Map<string, number>();
    for (const item of all) counts.set(item.measureId, (counts.get(item.measureId) ?? 0) + 1);
    const [measureId] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (measureId === undefined) throw new Error('no status changes at all');
    expect(counts.get(measureId)).toBeGreaterThan(1);
    const path = `/api/feeds/measures/${measureId}.atom`;
    const { feed } = await fetchFeed(path);
    expectAtom(feed, path, `/tiltak/${measureId}`);
    const expected = all.filter((item) => item.measureId === measureId);
    expectEntries(feed, expected);
    const history = (await (await server.request(`/api/measures/${measureId}/history`)).json()) as { items: Measure['history'] };
    expect(new Set(feed.entry?.map((entry) => entry.id.split('#')[1]))).toEqual(new Set(history.items.filter((entry) => entry.type === 'status').map((entry) => entry.id)));
  });

  it("a municipality's feed: the status changes of the measures behind the duties that apply to it (to every municipality alike)", async () => {
    const duties = (await (await server.request('/api/municipalities/4601/duties')).json()) as { inForce: { measures: { id: string }[] }[]; coming: { measures: { id: string }[] }[] };
    const ids = new Set([...duties.inForce, ...duties.coming].flatMap((duty) => duty.measures.map((measure) => measure.id)));
    expect(ids.size).toBeGreaterThan(0);
    const path = '/api/feeds/municipalities/4601.atom';
    const { feed } = await fetchFeed(path);
    expectAtom(feed, path, '/kommune/4601');
    expect(feed.title).toContain('Bergen');
    expect(feed.subtitle).toContain('alle kommuner likt');
    const expected = await statusChanges((item) => ids.has(item.measureId));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan((await statusChanges(() => true)).length);
    expectEntries(feed, expected);
    const oslo = await fetchFeed('/api/feeds/municipalities/0301.atom');
    expect(oslo.feed.entry?.map((entry) => entry.id)).toEqual(feed.entry?.map((entry) => entry.id));
  });

  it('answers an unknown plan, measure, municipality or feed with 404, a malformed id with 400, as problem documents', async () => {
    expect((await expectProblem('/api/feeds/plans/no-such-plan.atom', 404)).title).toBe('Not Found');
    await expectProblem('/api/feeds/measures/no-such-measure.atom', 404);
    await expectProblem('/api/feeds/municipalities/9999.atom', 404);
    await expectProblem(`/api/feeds/plans/${PLAN}.rss`, 404);
    await expectProblem(`/api/feeds/plans/${PLAN}`, 404);
    await expectProblem('/api/feeds/areas/x.atom', 404);
    await expectProblem('/api/feeds/plans/Not_An_Id.atom', 400);
    await expectProblem('/api/feeds/municipalities/46x1.atom', 400);
    await expectProblem(`/api/feeds/plans/${PLAN}.atom?x=1`, 400);
  });

  it('has an ETag and Last-Modified, and answers 304 when the reader has the feed', async () => {
    const path = `/api/feeds/plans/${PLAN}.atom`;
    const { response, feed } = await fetchFeed(path);
    const etag = response.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(Date.parse(response.headers.get('Last-Modified') ?? '')).toBe(Math.floor(Date.parse(feed.updated) / 1000) * 1000);
    expect((await server.request(path, { headers: { 'If-None-Match': etag ?? '' } })).status).toBe(304);
    expect((await server.request(path, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
    expect((await server.request(path, { headers: { 'If-Modified-Since': response.headers.get('Last-Modified') ?? '' } })).status).toBe(304);
    expect((await server.request(path, { headers: { 'If-Modified-Since': new Date(Date.parse(feed.updated) - 60_000).toUTCString() } })).status).toBe(200);
  });

  it('shows a change as soon as it is saved: a new first entry with its reason, in the feeds of its measure, plan and the municipalities', async () => {
    const duties = (await (await server.request('/api/municipalities/4601/duties')).json()) as { inForce: { measures: { id: string; status: Status }[] }[] };
    const next: Partial<Record<Status, Status>> = { planned: 'in_progress', in_progress: 'at_risk', at_risk: 'in_progress', completed: 'in_progress' };
    const target = duties.inForce.flatMap((duty) => duty.measures).find((measure) => next[measure.status] !== undefined);
    if (target === undefined) throw new Error('no duty measure whose status can change');
    const feedPaths = [`/api/feeds/measures/${target.id}.atom`, `/api/feeds/plans/${(await (await server.request(`/api/measures/${target.id}`)).json() as Measure).planId}.atom`, '/api/feeds/municipalities/4601.atom'];
    const before = await Promise.all(feedPaths.map(async (path) => (await fetchFeed(path)).response.headers.get('ETag')));

    const token = await server.tokenFor('kari');
    const current = await server.request(`/api/measures/${target.id}`);
    const reason = 'Arbeidet har endret seg <&> (strømtest).';
    const saved = await server.request(`/api/measures/${target.id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': current.headers.get('ETag') ?? '' },
      body: JSON.stringify({ type: 'status', to: next[target.status], reason, effective: { date: isoDateInOslo(new Date()), precision: 'day' }, language: 'nb', source: { title: 'Et brev', url: 'https://example.org/brev?a=1&b=2' } }),
    });
    expect(saved.status).toBe(200);
    const measure = (await saved.json()) as Measure;
    const entry = measure.history.at(-1);
    if (entry?.type !== 'status') throw new Error('no status entry was recorded');

    for (const [index, path] of feedPaths.entries()) {
      const { response, feed } = await fetchFeed(path);
      expect(response.headers.get('ETag')).not.toBe(before[index]);
      const first = feed.entry?.[0];
      expect(first?.id).toBe(`${ORIGIN}/api/measures/${target.id}/history#${entry.id}`);
      expect(htmlText(first?.summary ?? { '#text': '' })).toBe(reason);
      expect(htmlText(first?.title ?? { '#text': '' })).toContain(`${commonText.status[entry.from]} → ${commonText.status[entry.to]}`);
      expect(first?.author).toEqual([{ name: entry.by.name }]);
      expect(textOf(first?.content ?? { '#text': '' })).toContain('<a href="https://example.org/brev?a=1&amp;b=2">Et brev</a>');
      expect(Date.parse(feed.updated)).toBe(Date.parse(entry.recordedAt));
    }
  });

  it('carries at most the newest 100 entries', async () => {
    const measure = (await (await server.request('/api/measures/ms26-22')).json()) as Measure;
    const first = measure.history[0];
    if (first === undefined) throw new Error('no history');
    const history: Measure['history'] = [first];
    for (let index = 0; index < FEED_ENTRY_LIMIT + 20; index += 1) {
      const recordedAt = new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString();
      history.push({ id: `h${index}`, type: 'status', effective: first.effective, recordedAt, by: first.by, language: 'nb', from: 'planned', to: 'in_progress', reason: `Endring ${index}` });
    }
    const rows = changeLogEntries([{ ...measure, history }]).filter((row): row is typeof row & { item: { entry: StatusHistoryEntry } } => row.item.entry.type === 'status');
    const { xml, updated } = atomFeed({ origin: ORIGIN, selfPath: '/x.atom', pagePath: '/x', title: 'x', subtitle: 'x', rows, plans: new Map(), fallbackUpdated: first.recordedAt });
    const feed = (parser.parse(xml) as { feed: AtomFeed }).feed;
    expect(feed.entry).toHaveLength(FEED_ENTRY_LIMIT);
    expect(htmlText(feed.entry?.[0]?.summary ?? { '#text': '' })).toBe(`Endring ${FEED_ENTRY_LIMIT + 19}`);
    expect(updated.toISOString()).toBe(new Date(Date.UTC(2025, 0, 1) + (FEED_ENTRY_LIMIT + 19) * 60_000).toISOString());
  });

  it('is not in the shared core the mock runs: there, a feed is a 404 problem document', async () => {
    const store = new SqlStore(server.database.db);
    const shared = createApiHandler(serverApiContext({ db: server.database.db, store, auth: server.auth, demoSignIn: true, log: jsonLogger('silent') }));
    const response = await shared(new Request(`${ORIGIN}/api/feeds/plans/${PLAN}.atom`));
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  });
});
