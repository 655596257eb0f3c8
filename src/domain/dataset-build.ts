import type { Area } from './area';
import type { DatasetInfo, DatasetPlanFile, ObligationRow } from './dataset-files';
import { pointOfDateText, type DatePoint } from './date-point';
import type { Deadline } from './deadline';
import type { LocalizedText } from './localized-text';
import { measureId, type HistoryEntry, type Measure, type Obligation } from './measure';
import type { Plan } from './plan';
import type { Source } from './source';
import type { Status } from './status';
import { measureVerification } from './verification';

/**
 * The dataset's records built from its files (docs/dataset-files.md): one builder for the mock, the server's seed and
 * the data package. Each measure's history starts with its `created` entry and then each event in order, so that a
 * record and its audit trail cannot disagree. Without the files' schemas and checks (dataset-files.ts), so that the mock in the
 * browser does not carry them: the server's seed, the data package's build and the tests check the files first.
 */

/** The dataset's files, checked against their schemas (checkDatasetFiles): what buildDataset takes. */
export interface DatasetData {
  info: DatasetInfo;
  sources: Record<string, Source>;
  bodies: Record<string, LocalizedText>;
  areas: Area[];
  obligations: ObligationRow[];
  /** In the order the app lists them. */
  plans: DatasetPlanFile[];
}

export interface Dataset {
  version: string;
  plans: Plan[];
  areas: Area[];
  measures: Measure[];
  /** Every duty of obligations.json, whether a measure leads to it or not. */
  obligations: Obligation[];
}

/**
 * Builds the dataset the API serves from its files. Without checks of its own, so that the mock in the browser carries
 * none: its files are checked (their schemas and every key one file names in another: checkDatasetFiles) by the tests,
 * the server's seed and the data package's build before they are used.
 */
export function buildDataset(data: DatasetData): Dataset {
  const { info } = data;
  const by = { kind: 'dataset', name: info.author } as const;
  // Shared, not copied, between the records that name them: the mock's store hands out copies (structuredClone).
  const sourceOf = (key: string): Source => data.sources[key] as Source;
  const bodyOf = (body: string | LocalizedText): LocalizedText => (typeof body === 'string' ? (data.bodies[body] as LocalizedText) : body);
  const obligations = new Map<string, Obligation>();
  for (const { interpretation, inForce, ...rest } of data.obligations) {
    const obligation: Obligation = { ...rest, inForce: pointOfDateText(inForce) };
    obligations.set(rest.id, interpretation ? { ...obligation, interpretation: { text: interpretation.text, source: sourceOf(interpretation.source) } } : obligation);
  }

  const plans: Plan[] = [];
  const measures: Measure[] = [];
  for (const { plan: planFields, measures: batch } of data.plans) {
    // `note` stays in `rest` where the file has one.
    const { goals, measuresInPlan, ministry, sources, published, ...rest } = planFields;
    const plan: Plan = {
      ...rest,
      published: published === null ? null : pointOfDateText(published),
      ministry: bodyOf(ministry),
      sources: sources.map(sourceOf),
      ...(goals ? { goals: goals.map((goal) => ({ text: goal.text, source: sourceOf(goal.source) })) } : {}),
      ...(measuresInPlan ? { measuresInPlan: { count: measuresInPlan.count, source: sourceOf(measuresInPlan.source) } } : {}),
      synthetic: false,
      version: 1,
    };
    plans.push(plan);
    if (!batch) continue;
    const { language } = batch;
    const planSource = sourceOf(batch.source);

    // Each measure: the plan's own statement first, then each event in order; status, completion and replacement follow
    // from the history, so that a record and its audit trail cannot disagree.
    for (const item of batch.items) {
      const id = measureId(batch.idPrefix, item.number);
      const itemObligations = (item.obligations ?? []).map((obligationId) => obligations.get(obligationId) as Obligation);
      const initialStatus = item.created?.status ?? 'planned';
      const deadline: Deadline | null = item.deadline && { ...item.deadline, point: pointOfDateText(item.deadline.point) };
      const history: HistoryEntry[] = [
        {
          id: `${id}-h1`,
          type: 'created',
          effective: plan.published as DatePoint,
          recordedAt: info.recordedAt,
          by,
          reason: item.created?.reason ?? batch.reason,
          language,
          source: planSource,
          status: initialStatus,
          deadline,
        },
      ];
      let status: Status = initialStatus;
      let completedOn: DatePoint | null = null;
      let replacedBy: string | null = null;
      for (const event of item.history) {
        const base = {
          id: `${id}-h${history.length + 1}`,
          effective: pointOfDateText(event.effective),
          recordedAt: info.recordedAt,
          by,
          reason: event.reason,
          language,
          ...(event.source ? { source: sourceOf(event.source) } : {}),
        };
        if (event.type === 'note') {
          history.push({ ...base, type: 'note', text: event.text });
          continue;
        }
        const entryCompletedOn = event.to === 'completed' ? pointOfDateText(event.completedOn ?? event.effective) : undefined;
        const entryReplacedBy = event.to === 'replaced' ? event.replacedBy : undefined;
        history.push({
          ...base,
          type: 'status',
          from: status,
          to: event.to,
          ...(entryCompletedOn ? { completedOn: entryCompletedOn } : {}),
          ...(entryReplacedBy ? { replacedBy: entryReplacedBy } : {}),
        });
        status = event.to;
        completedOn = entryCompletedOn ?? null;
        replacedBy = entryReplacedBy ?? null;
      }
      measures.push({
        id,
        planId: plan.id,
        number: item.number,
        areaId: item.areaId,
        ...(item.topic ? { topic: item.topic } : {}),
        title: item.title,
        description: item.description,
        responsible: bodyOf(item.responsible),
        instrument: item.instrument,
        originalDeadline: deadline,
        deadline,
        status,
        completedOn,
        replacedBy,
        outcome: item.outcome,
        // No better backed than what became of it and the duties it puts on the municipalities: the badge, the filter,
        // the briefing and the exports all read this one value.
        verified: measureVerification({ verified: item.verified, outcome: item.outcome, obligations: itemObligations }),
        sources: item.sources.map(sourceOf),
        obligations: itemObligations,
        followedUpBy: item.followedUpBy ?? [],
        synthetic: false,
        history,
        version: 1,
        updatedAt: info.recordedAt,
      });
    }
  }
  return { version: info.version, plans, areas: data.areas, measures, obligations: [...obligations.values()] };
}
