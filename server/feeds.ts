import { createHash } from 'node:crypto';
import { Feed } from 'feed';
import { noQuerySchema } from '@/domain/api-contract';
import { changeLogEntries, type ChangeLogRow } from '@/domain/change-log-rows';
import type { StatusHistoryEntry } from '@/domain/measure';
import { municipalDuties } from '@/domain/municipal-duties';
import { municipalityNumberSchema } from '@/domain/municipality';
import { idSchema, type Plan } from '@/domain/plan';
import type { Source } from '@/domain/source';
import { today } from '@/lib/clock';
import { formatDatePoint, formatDateTime } from '@/lib/format';
import changesText from '@/locales/nb/changes.json';
import commonText from '@/locales/nb/common.json';
import { parseQuery, problem, ProblemError } from './api/http';
import { findMeasure } from './api/measures';
import { endpoint, type EndpointInput } from './api/router';
import type { DataSnapshot } from './api/store';

/**
 * Atom feeds (RFC 4287) of status changes, the real backend's only (docs/api.md, «Feeds»):
 * `GET /api/feeds/plans/<planId>.atom`, `GET /api/feeds/municipalities/<nr>.atom` and
 * `GET /api/feeds/measures/<measureId>.atom`. Each entry is one status change as its history entry recorded it:
 * the measure, from → to (the app's own bokmål labels), the reason, the source, when it happened and when and by
 * whom it was recorded, and a link to the measure's page. The entries are the log of changes' own rows
 * (`changeLogEntries`, as `GET /api/changes` lists them), so a feed and the log cannot disagree.
 *
 * Server-only like the data package (server/data-package.ts): the `feed` package stays out of the browser's mock.
 * Links are absolute on the origin the request came to (the feed is read outside the app).
 */

/** The newest entries a feed carries; a reader that wants more reads the log of changes. */
export const FEED_ENTRY_LIMIT = 100;

const ATOM_TYPE = 'application/atom+xml; charset=utf-8';
const GENERATOR = 'Tiltaksmonitor';
const FEED_TEXT = {
  plan: (plan: Plan) => `Statusendringer i ${plan.reference} ${plan.title.nb}`,
  planSubtitle: 'Når et tiltak i planen endrer status, den nyeste registrerte endringen først.',
  municipality: (name: string) => `Statusendringer i tiltakene bak pliktene til ${name}`,
  municipalitySubtitle: (name: string) =>
    `Når et tiltak som gir kommunene en lovpålagt plikt endrer status, den nyeste registrerte endringen først. Pliktene gjelder alle kommuner likt, ikke bare ${name}.`,
  measure: (label: string, title: string) => `Statusendringer for ${label}: ${title}`,
  measureSubtitle: 'Når tiltaket endrer status, den nyeste registrerte endringen først.',
};

/** `{{name}}` in one of the app's texts filled in, as i18next does. */
function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Plain text made safe for an Atom `html` construct (the `feed` package writes titles and content as HTML). */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type StatusRow = ChangeLogRow & { item: ChangeLogRow['item'] & { entry: StatusHistoryEntry } };

const isStatusRow = (row: ChangeLogRow): row is StatusRow => row.item.entry.type === 'status';

/**
 * Every status change of every measure, newest recorded first, kept until the store's revision changes
 * (as `GET /api/changes` keeps its rows): a feed reader polling every few minutes costs one filter.
 */
async function statusRows({ snapshot, caches }: EndpointInput): Promise<{ data: DataSnapshot; rows: StatusRow[] }> {
  const data = await snapshot();
  const last = caches.get('feed-status-rows') as { revision: string; rows: StatusRow[] } | undefined;
  const rows = last?.revision === data.revision ? last.rows : changeLogEntries(data.measures).filter(isStatusRow);
  caches.set('feed-status-rows', { revision: data.revision, rows });
  return { data, rows };
}

function measureLabel(plans: ReadonlyMap<string, Plan>, planId: string, number: number): string {
  return fill(changesText.measure, { plan: plans.get(planId)?.reference ?? planId, number });
}

function statusChange(entry: StatusHistoryEntry): string {
  return fill(changesText.what.status, { from: commonText.status[entry.from], to: commonText.status[entry.to] });
}

function sourceHtml(source: Source): string {
  return source.url === null ? html(source.title) : `<a href="${html(source.url)}">${html(source.title)}</a>`;
}

export interface FeedSpec {
  origin: string;
  /** The feed's own path (`/api/feeds/plans/ms26.atom`): its id and its self link. */
  selfPath: string;
  /** The app's page the feed is about. */
  pagePath: string;
  title: string;
  subtitle: string;
  /** The feed's status changes, newest first (the limit is applied here). */
  rows: readonly StatusRow[];
  plans: ReadonlyMap<string, Plan>;
  /** When nothing in the feed was recorded: the newest thing recorded about what it covers. */
  fallbackUpdated: string;
}

/** The feed as Atom XML, and the moment it was last updated (its newest entry's). */
export function atomFeed(spec: FeedSpec): { xml: string; updated: Date } {
  const { origin, plans } = spec;
  const rows = spec.rows.slice(0, FEED_ENTRY_LIMIT);
  const updated = new Date(rows[0]?.item.entry.recordedAt ?? spec.fallbackUpdated);
  const labels = changesText.columns;
  const feed = new Feed({
    id: `${origin}${spec.selfPath}`,
    title: spec.title,
    description: spec.subtitle,
    updated,
    link: `${origin}${spec.pagePath}`,
    feedLinks: { atom: `${origin}${spec.selfPath}` },
    author: { name: GENERATOR, link: `${origin}/` },
    generator: GENERATOR,
  });
  for (const { item } of rows) {
    const { entry } = item;
    const label = measureLabel(plans, item.planId, item.number);
    const change = statusChange(entry);
    const recorded = new Date(entry.recordedAt);
    const content = [
      `<p><strong>${html(change)}</strong></p>`,
      `<p>${html(labels.measure)}: <a href="${html(`${origin}/tiltak/${item.measureId}`)}">${html(label)}</a> ${html(item.title.nb)}</p>`,
      `<p>${html(labels.why)}: <span lang="${entry.language}">${html(entry.reason)}</span></p>`,
      `<p>${html(labels.effective)}: ${html(formatDatePoint(entry.effective, 'nb'))}</p>`,
      `<p>${html(labels.source)}: ${entry.source === undefined ? html(changesText.none) : sourceHtml(entry.source)}</p>`,
      `<p>${html(labels.recorded)}: ${html(formatDateTime(entry.recordedAt, 'nb'))}, ${html(labels.by.toLowerCase())} ${html(entry.by.name)}</p>`,
    ].join('\n');
    feed.addItem({
      id: `${origin}/api/measures/${item.measureId}/history#${entry.id}`,
      title: html(`${change} – ${item.title.nb} (${label})`),
      link: `${origin}/tiltak/${item.measureId}`,
      date: recorded,
      published: recorded,
      description: html(entry.reason),
      content,
      author: [{ name: entry.by.name }],
      category: [{ term: entry.to, name: commonText.status[entry.to] }],
    });
  }
  // The `feed` package writes an entry's link without `rel`; Atom reads that as "alternate" (RFC 4287 4.2.7.2),
  // which is said here outright. Only entries' links lack it (the feed's own carry theirs, and every text is
  // escaped or in CDATA), so the replacement cannot touch anything else.
  const xml = feed.atom1().replace(/<link href="/g, '<link rel="alternate" type="text/html" href="');
  return { xml, updated };
}

/** The newest moment anything in these histories was recorded (the measure as the plan stated it included). */
function newestRecorded(measures: DataSnapshot['measures']): string | undefined {
  let newest: string | undefined;
  let newestMs = -Infinity;
  for (const measure of measures) {
    for (const entry of measure.history) {
      const ms = Date.parse(entry.recordedAt);
      if (ms > newestMs) {
        newestMs = ms;
        newest = entry.recordedAt;
      }
    }
  }
  return newest;
}

/** The path parameter `<name>.atom`: the name, or a 404 for any other file. */
function atomName(file: string | undefined, shape: string): string {
  const name = /^(.+)\.atom$/.exec(file ?? '')?.[1];
  if (name === undefined) throw new ProblemError(problem(404, 'Not Found', `A feed is ${shape}; there is no ${file ?? ''}.`));
  return name;
}

/** 400 for a path parameter that cannot be what it names (as the API's other endpoints answer). */
function invalidParameter(title: string, detail: string, field: string, message: string): ProblemError {
  return new ProblemError(problem(400, title, detail, [{ field, code: 'invalid_format', message }]));
}

/** 200 with the feed, or 304 when the client has it (If-None-Match, else If-Modified-Since). */
function feedResponse(request: Request, spec: FeedSpec): Response {
  const { xml, updated } = atomFeed(spec);
  const etag = `"${createHash('sha256').update(xml, 'utf8').digest('base64url').slice(0, 27)}"`;
  const lastModified = updated.toUTCString();
  const headers = { ETag: etag, 'Last-Modified': lastModified, 'Cache-Control': 'no-cache' };
  const ifNoneMatch = request.headers.get('If-None-Match');
  const ifModifiedSince = request.headers.get('If-Modified-Since');
  const fresh =
    ifNoneMatch !== null
      ? ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')
      : ifModifiedSince !== null && !Number.isNaN(Date.parse(ifModifiedSince)) && Math.floor(updated.getTime() / 1000) <= Math.floor(Date.parse(ifModifiedSince) / 1000);
  if (fresh) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers: { ...headers, 'Content-Type': ATOM_TYPE } });
}

function plansById(data: DataSnapshot): Map<string, Plan> {
  return new Map(data.plans.map((plan) => [plan.id, plan]));
}

export const feedEndpoints = [
  endpoint('GET', '/feeds/plans/:file', async (input) => {
    parseQuery(input.request, noQuerySchema);
    const id = idSchema.safeParse(atomName(input.params.file, '/api/feeds/plans/<planId>.atom'));
    if (!id.success) throw invalidParameter('Invalid plan id', 'A plan id is lowercase letters, digits and hyphens.', 'planId', 'Invalid plan id');
    const { data, rows } = await statusRows(input);
    const plans = plansById(data);
    const plan = plans.get(id.data);
    if (plan === undefined) throw new ProblemError(problem(404, 'Not Found', `No plan has the id "${id.data}".`));
    const url = new URL(input.request.url);
    return feedResponse(input.request, {
      origin: url.origin,
      selfPath: url.pathname,
      pagePath: `/tiltak?plan=${encodeURIComponent(plan.id)}`,
      title: FEED_TEXT.plan(plan),
      subtitle: FEED_TEXT.planSubtitle,
      rows: rows.filter((row) => row.item.planId === plan.id),
      plans,
      fallbackUpdated: newestRecorded(data.measures.filter((measure) => measure.planId === plan.id)) ?? newestRecorded(data.measures) ?? new Date(0).toISOString(),
    });
  }),
  endpoint('GET', '/feeds/municipalities/:file', async (input) => {
    parseQuery(input.request, noQuerySchema);
    const number = municipalityNumberSchema.safeParse(atomName(input.params.file, '/api/feeds/municipalities/<nr>.atom'));
    if (!number.success) throw invalidParameter('Invalid municipality number', 'A municipality number (kommunenummer) is four digits.', 'nr', 'Expected four digits');
    const { municipalities } = await input.ctx.store.municipalityRegister();
    const municipality = municipalities.find((candidate) => candidate.number === number.data);
    if (municipality === undefined) throw new ProblemError(problem(404, 'Not Found', `No municipality has the number "${number.data}".`));
    const { data, rows } = await statusRows(input);
    // The measures behind the duties `GET /api/municipalities/<nr>/duties` lists today, in force or coming.
    const date = today();
    const duties = municipalDuties(input.replay.measuresOn(data, date), date);
    const ids = new Set([...duties.inForce, ...duties.coming].flatMap((duty) => duty.measures.map((measure) => measure.id)));
    const url = new URL(input.request.url);
    return feedResponse(input.request, {
      origin: url.origin,
      selfPath: url.pathname,
      pagePath: `/kommune/${municipality.number}`,
      title: FEED_TEXT.municipality(municipality.name),
      subtitle: FEED_TEXT.municipalitySubtitle(municipality.name),
      rows: rows.filter((row) => ids.has(row.item.measureId)),
      plans: plansById(data),
      fallbackUpdated: newestRecorded(data.measures.filter((measure) => ids.has(measure.id))) ?? newestRecorded(data.measures) ?? new Date(0).toISOString(),
    });
  }),
  endpoint('GET', '/feeds/measures/:file', async (input) => {
    parseQuery(input.request, noQuerySchema);
    const name = atomName(input.params.file, '/api/feeds/measures/<measureId>.atom');
    const measure = await findMeasure({ ...input, params: { id: name } });
    const { data, rows } = await statusRows(input);
    const plans = plansById(data);
    const url = new URL(input.request.url);
    return feedResponse(input.request, {
      origin: url.origin,
      selfPath: url.pathname,
      pagePath: `/tiltak/${measure.id}`,
      title: FEED_TEXT.measure(measureLabel(plans, measure.planId, measure.number), measure.title.nb),
      subtitle: FEED_TEXT.measureSubtitle,
      rows: rows.filter((row) => row.item.measureId === measure.id),
      plans,
      fallbackUpdated: newestRecorded(data.measures.filter((candidate) => candidate.id === measure.id)) ?? new Date(0).toISOString(),
    });
  }),
];
