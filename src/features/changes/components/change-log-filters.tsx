import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { ChangeLogPerson } from '@/domain/change-log';
import type { Plan } from '@/domain/plan';
import { fieldDate } from '@/lib/field-date';
import { changeLogHref, checkDateFilters, type ChangeLogParams, type DateFilterProblems } from '../utils/change-log-params';

interface ChangeLogFiltersProps {
  params: ChangeLogParams;
  plans: readonly Plan[];
  /** Everyone who has made a change in the plan chosen (from the API); the person chosen is kept while they load. */
  people: readonly ChangeLogPerson[];
}

/**
 * The log's filters, in the address: a plan, a person, the days recorded from and to. They apply when the form
 * is sent (one request, not one per keystroke), and go back to the first page. Dates that cannot be used (not
 * whole, or from after to) are named at once and the address stays; the fields keep what was typed, and those of
 * the address keep what it says, beside the message.
 */
export function ChangeLogFilters({ params, plans, people }: ChangeLogFiltersProps) {
  const { t } = useTranslation('changes');
  const navigate = useNavigate();
  const ids = { plan: useId(), user: useId() };
  const [plan, setPlan] = useState(params.plan ?? '');
  const [user, setUser] = useState(params.user ?? '');
  const [from, setFrom] = useState(params.raw.from ?? '');
  const [to, setTo] = useState(params.raw.to ?? '');
  const [problems, setProblems] = useState<DateFilterProblems>(params.problems);
  const fromField = useRef<HTMLInputElement>(null);
  const toField = useRef<HTMLInputElement>(null);
  const names = people.map((person) => person.name);
  const choices = params.user !== null && !names.includes(params.user) ? [params.user, ...names] : names;
  const filtered = params.plan !== null || params.user !== null || params.raw.from !== null || params.raw.to !== null;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const dates = { from: fieldDate(fromField.current, from), to: fieldDate(toField.current, to) };
    const found = checkDateFilters(dates.from.value, dates.to.value, 'invalid');
    if (dates.from.partial) found.from = 'invalid';
    if (dates.to.partial) found.to = 'invalid';
    setProblems(found);
    if (found.from !== undefined || found.to !== undefined) {
      (found.from !== undefined ? fromField : toField).current?.focus();
      return;
    }
    void navigate(changeLogHref({ plan: plan || null, user: user || null, from: dates.from.value || null, to: dates.to.value || null }));
  };
  const message = (field: 'from' | 'to') => {
    const problem = problems[field];
    return problem === undefined ? undefined : t(`filters.problems.${problem}`, { value: params.raw[field] ?? '' });
  };

  return (
    <form className="change-log-filters" onSubmit={submit} aria-label={t('filters.label')} noValidate>
      <Field data-size="sm">
        <Label htmlFor={ids.plan}>{t('filters.plan')}</Label>
        <Select id={ids.plan} value={plan} onChange={(event) => setPlan(event.target.value)}>
          <Select.Option value="">{t('filters.allPlans')}</Select.Option>
          {plans.map((candidate) => (
            <Select.Option key={candidate.id} value={candidate.id}>
              {candidate.reference}
            </Select.Option>
          ))}
          {params.plan !== null && !plans.some((candidate) => candidate.id === params.plan) && <Select.Option value={params.plan}>{params.plan}</Select.Option>}
        </Select>
      </Field>
      <Field data-size="sm">
        <Label htmlFor={ids.user}>{t('filters.user')}</Label>
        <Select id={ids.user} value={user} onChange={(event) => setUser(event.target.value)}>
          <Select.Option value="">{t('filters.everyone')}</Select.Option>
          {choices.map((name) => (
            <Select.Option key={name} value={name}>
              {name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        data-size="sm"
        type="date"
        label={t('filters.from')}
        description={t('filters.datesHint')}
        ref={fromField}
        value={from}
        onChange={(event) => setFrom(event.target.value)}
        error={message('from')}
      />
      <Textfield
        data-size="sm"
        type="date"
        label={t('filters.to')}
        description={t('filters.datesHint')}
        ref={toField}
        value={to}
        onChange={(event) => setTo(event.target.value)}
        error={message('to')}
      />
      <div className="button-row change-log-filters__actions">
        <Button type="submit" data-size="sm">
          {t('filters.apply')}
        </Button>
        {filtered && (
          <Button asChild variant="tertiary" data-size="sm">
            <RouterLink to={changeLogHref({})}>{t('filters.clear')}</RouterLink>
          </Button>
        )}
      </div>
    </form>
  );
}
