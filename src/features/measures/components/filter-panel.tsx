import { Button, Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { startTransition, useOptimistic, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '@/domain/area';
import type { IsoDate } from '@/domain/date-point';
import { INSTRUMENTS } from '@/domain/measure';
import type { MeasureFilters as Filters } from '@/domain/measure-list-query';
import type { Plan } from '@/domain/plan';
import { VERIFICATIONS } from '@/domain/source';
import { STATUSES } from '@/domain/status';
import { Localized } from '@/components/ui/localized';
import type { FilterChoices } from '../utils/explore';
import { ChoiceSelect } from './choice-select';

/** The "due within" windows offered; a window from a link that is not among them is offered too. */
const DUE_WITHIN_CHOICES = [3, 6, 12, 24, 36];

export interface MeasureFiltersProps {
  filters: Filters;
  choices: FilterChoices;
  areas: readonly Area[];
  plans: ReadonlyMap<string, Plan>;
  onChange: (filters: Filters) => void;
  asOf: IsoDate | undefined;
  /** The latest date the as-of view accepts. */
  today: IsoDate;
  onAsOf: (date: IsoDate | undefined) => void;
}

/**
 * Every filter of the list: the inside of the filters' disclosure (measure-filters.tsx), loaded when it is
 * first opened. Every change goes straight to the address.
 */
export function FilterPanel({ filters: current, choices, areas, plans, onChange, asOf, today, onAsOf }: MeasureFiltersProps) {
  const { t } = useTranslation(['measures', 'common']);
  // The address changes in a transition (the list may take a moment to render): the controls show the
  // new choice at once instead of flicking back until it is done.
  const [filters, showChoice] = useOptimistic(current);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    startTransition(() => {
      const next = { ...filters, [key]: value };
      showChoice(next);
      onChange(next);
    });

  return (
        <div className="measure-filters__grid">
          <CheckboxGroup
            legend={t('list.filters.status')}
            options={STATUSES.map((status) => ({ value: status, label: t(`common:status.${status}`) }))}
            selected={filters.status}
            onChange={(status) => set('status', status)}
          />
          <CheckboxGroup
            legend={t('list.filters.area')}
            options={areas.map((area) => ({ value: area.id, label: <Localized text={area.name} /> }))}
            selected={filters.area}
            onChange={(area) => set('area', area)}
          />
          <CheckboxGroup
            legend={t('list.filters.instrument')}
            options={INSTRUMENTS.map((instrument) => ({ value: instrument, label: t(`common:instrument.${instrument}`) }))}
            selected={filters.instrument}
            onChange={(instrument) => set('instrument', instrument)}
          />
          <CheckboxGroup
            legend={t('list.filters.plan')}
            options={choices.plans.map((id) => ({ value: id, label: plans.get(id)?.reference ?? id }))}
            selected={filters.plan}
            onChange={(plan) => set('plan', plan)}
          />
          <CheckboxGroup
            legend={t('list.filters.responsible')}
            options={choices.responsible.map((name) => ({ value: name.nb, label: <Localized text={name} /> }))}
            selected={filters.responsible}
            onChange={(responsible) => set('responsible', responsible)}
          />
          <div className="measure-filters__column">
            <Fieldset className="measure-filters__group" data-size="sm">
              <Fieldset.Legend>{t('list.filters.deadline')}</Fieldset.Legend>
              <div className="measure-filters__years">
                <YearSelect label={t('list.filters.deadlineFrom')} years={choices.years} value={filters.deadlineFrom} onChange={(year) => set('deadlineFrom', year)} />
                <YearSelect label={t('list.filters.deadlineTo')} years={choices.years} value={filters.deadlineTo} onChange={(year) => set('deadlineTo', year)} />
              </div>
            </Fieldset>
            <ChoiceSelect
              className="measure-filters__field"
              label={t('list.filters.dueWithin')}
              value={filters.dueWithinMonths === undefined ? '' : String(filters.dueWithinMonths)}
              options={[
                { value: '', label: t('list.filters.dueWithinAny') },
                ...[...new Set([...DUE_WITHIN_CHOICES, ...(filters.dueWithinMonths === undefined ? [] : [filters.dueWithinMonths])])]
                  .sort((a, b) => a - b)
                  .map((months) => ({ value: String(months), label: t('list.filters.months', { count: months }) })),
              ]}
              onChange={(value) => set('dueWithinMonths', value === '' ? undefined : Number(value))}
            />
          </div>
          <CheckboxGroup
            legend={t('list.filters.verified')}
            options={VERIFICATIONS.map((level) => ({ value: level, label: t(`common:verification.${level}`) }))}
            selected={filters.verified}
            onChange={(verified) => set('verified', verified)}
          />
          <div className="measure-filters__column">
            <BooleanSelect
              label={t('list.filters.completedLate')}
              labels={[t('list.filters.completedLateAny'), t('list.filters.completedLateOnly'), t('list.filters.completedLateNot')]}
              value={filters.completedLate}
              onChange={(value) => set('completedLate', value)}
            />
            <BooleanSelect
              label={t('list.filters.deadlineMoved')}
              labels={[t('list.filters.deadlineMovedAny'), t('list.filters.deadlineMovedOnly'), t('list.filters.deadlineMovedNot')]}
              value={filters.deadlineMoved}
              onChange={(value) => set('deadlineMoved', value)}
            />
          </div>
          <div className="measure-filters__column">
            <BooleanSelect
              label={t('list.filters.overdue')}
              labels={[t('list.filters.overdueAny'), t('list.filters.overdueOnly'), t('list.filters.overdueNot')]}
              value={filters.overdue}
              onChange={(value) => set('overdue', value)}
            />
            <BooleanSelect
              label={t('list.filters.hasObligation')}
              labels={[t('list.filters.obligationAny'), t('list.filters.obligationWith'), t('list.filters.obligationWithout')]}
              value={filters.hasObligation}
              onChange={(value) => set('hasObligation', value)}
            />
            <AsOfForm key={asOf ?? ''} asOf={asOf} today={today} onAsOf={onAsOf} />
          </div>
        </div>
  );
}

/** A yes/no filter as a select: either, only yes, only no (labels in that order). */
function BooleanSelect({ label, labels, value, onChange }: { label: string; labels: [string, string, string]; value: boolean | undefined; onChange: (value: boolean | undefined) => void }) {
  const [any, yes, no] = labels;
  return (
    <ChoiceSelect
      className="measure-filters__field"
      label={label}
      value={value === undefined ? '' : String(value)}
      options={[
        { value: '', label: any },
        { value: 'true', label: yes },
        { value: 'false', label: no },
      ]}
      onChange={(chosen) => onChange(chosen === '' ? undefined : chosen === 'true')}
    />
  );
}

interface CheckboxGroupProps<V extends string> {
  legend: string;
  options: { value: V; label: ReactNode }[];
  selected: readonly V[] | undefined;
  onChange: (selected: V[] | undefined) => void;
}

function CheckboxGroup<V extends string>({ legend, options, selected = [], onChange }: CheckboxGroupProps<V>) {
  return (
    <Fieldset className="measure-filters__group" data-size="sm">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {options.map((option) => (
        <Checkbox
          key={option.value}
          label={option.label}
          value={option.value}
          checked={selected.includes(option.value)}
          onChange={(event) => {
            const next = event.target.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value);
            onChange(next.length > 0 ? next : undefined);
          }}
        />
      ))}
    </Fieldset>
  );
}

function YearSelect({ label, years, value, onChange }: { label: string; years: number[]; value: number | undefined; onChange: (year: number | undefined) => void }) {
  const { t } = useTranslation('measures');
  return (
    <ChoiceSelect
      className="measure-filters__field"
      label={label}
      value={value === undefined ? '' : String(value)}
      options={[{ value: '', label: t('list.filters.anyYear') }, ...years.map((year) => ({ value: String(year), label: String(year) }))]}
      onChange={(year) => onChange(year === '' ? undefined : Number(year))}
    />
  );
}

/**
 * The as-of date is applied with a button, not on every change: a date field reports nothing while a
 * date is half typed, and the list should not jump back to today in the middle of it.
 */
function AsOfForm({ asOf, today, onAsOf }: { asOf: IsoDate | undefined; today: IsoDate; onAsOf: (date: IsoDate | undefined) => void }) {
  const { t } = useTranslation('measures');
  const [value, setValue] = useState(asOf ?? '');
  const [error, setError] = useState(false);
  return (
    <form
      className="measure-filters__as-of"
      // Our own message, in the page's language, instead of the browser's bubble for a date after `max`.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (value !== '' && value > today) {
          setError(true);
          return;
        }
        setError(false);
        onAsOf(value === '' ? undefined : value);
      }}
    >
      <Textfield
        data-size="sm"
        type="date"
        label={t('list.filters.asOf')}
        description={t('list.filters.asOfHint')}
        max={today}
        value={value}
        error={error ? t('list.filters.asOfFuture') : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      <Button type="submit" variant="secondary" data-size="sm">
        {t('list.filters.asOfApply')}
      </Button>
    </form>
  );
}
