import type { DatePoint } from '@/domain/date-point';
import type { Deadline } from '@/domain/deadline';
import type { HistoryEntry, Measure } from '@/domain/measure';
import type { Status } from '@/domain/status';

const RECORDED = '2026-11-23T09:00:00+01:00';
const BY = { kind: 'dataset', name: 'test' } as const;

let counter = 0;

/** A valid measure with the given fields; its history starts with a created entry on 2015-05-07. */
export function makeMeasure(overrides: Partial<Measure> = {}): Measure {
  counter += 1;
  const deadline = overrides.deadline ?? null;
  const base: Measure = {
    id: `m-${counter}`,
    planId: 'plan-a',
    number: counter,
    areaId: 'kompetanse',
    title: { nb: `Tiltak ${counter}` },
    description: { nb: 'Beskrivelse' },
    responsible: { nb: 'Helse- og omsorgsdepartementet', en: 'Ministry of Health and Care Services' },
    instrument: 'lov',
    originalDeadline: deadline,
    deadline,
    status: 'planned',
    completedOn: null,
    replacedBy: null,
    outcome: null,
    verified: 'verified',
    sources: [],
    obligations: [],
    followedUpBy: [],
    synthetic: false,
    history: [created({ date: '2015-05-07', precision: 'day' }, 'planned', deadline)],
    version: 1,
    updatedAt: RECORDED,
  };
  return { ...base, ...overrides };
}

export function created(effective: DatePoint, status: Status = 'planned', deadline: Deadline | null = null): HistoryEntry {
  return { id: `h-${(counter += 1)}`, type: 'created', effective, recordedAt: RECORDED, by: BY, reason: 'i planen', language: 'nb', status, deadline };
}

export function statusChange(effective: DatePoint, from: Status, to: Status, recordedAt = RECORDED): HistoryEntry {
  return {
    id: `h-${(counter += 1)}`,
    type: 'status',
    effective,
    recordedAt,
    by: BY,
    reason: 'endring',
    language: 'nb',
    from,
    to,
    ...(to === 'completed' ? { completedOn: effective } : {}),
  };
}

export function deadlineChange(effective: DatePoint, from: Deadline | null, to: Deadline): HistoryEntry {
  return { id: `h-${(counter += 1)}`, type: 'deadline', effective, recordedAt: RECORDED, by: BY, reason: 'flyttet', language: 'nb', from, to };
}
