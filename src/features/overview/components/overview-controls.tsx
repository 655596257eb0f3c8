import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { IsoDate } from '@/domain/date-point';
import type { Plan } from '@/domain/plan';
import { earliestPlanDay } from '@/domain/date-params';
import { overviewHref, type OverviewParams } from '../utils/overview-params';

interface OverviewControlsProps {
  params: OverviewParams;
  /** Undefined while the plans load. */
  plans: readonly Plan[] | undefined;
  today: IsoDate;
}

/**
 * "Status per" and "compare with" dates, and the plan when there is more than one. Everything here
 * lives in the address, so that a view can be shared and the back button works.
 */
export function OverviewControls({ params, plans, today }: OverviewControlsProps) {
  const navigate = useNavigate();
  const earliest = (plans && earliestPlanDay(plans, params.plan)) ?? undefined;
  return (
    <div className="overview-controls">
      {/* A new key when the address changes (back, forward, a link) starts the form from it again. */}
      <DateForm
        key={`${params.raw.asOf ?? ''}|${params.raw.compareTo ?? ''}`}
        params={params}
        min={earliest}
        max={today}
        onSubmit={(asOf, compareTo) => void navigate(overviewHref({ plan: params.plan, asOf, compareTo }))}
        onReset={() => void navigate(overviewHref({ plan: params.plan }))}
      />
      {/* Shown (not yet usable) while the plans load, as in the prerendered frame, so that nothing below it moves
          when they arrive; left out once they are known to be only one. */}
      {(plans === undefined || plans.length > 1) && (
        <PlanSelect plans={plans} value={params.plan} onChange={(plan) => void navigate(overviewHref({ plan, asOf: params.asOf, compareTo: params.compareTo }))} />
      )}
    </div>
  );
}

interface DateFormProps {
  params: OverviewParams;
  min: IsoDate | undefined;
  max: IsoDate;
  onSubmit: (asOf: string, compareTo: string) => void;
  onReset: () => void;
}

function DateForm({ params, min, max, onSubmit, onReset }: DateFormProps) {
  const { t } = useTranslation('overview');
  const [asOf, setAsOf] = useState(params.raw.asOf ?? '');
  const [compareTo, setCompareTo] = useState(params.raw.compareTo ?? '');
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(asOf, compareTo);
  };
  const showingToday = params.raw.asOf === null && params.raw.compareTo === null;
  return (
    // The dates are checked by the page (with messages in the reader's language), not by the browser.
    <form className="overview-dates" onSubmit={submit} noValidate aria-label={t('dates.legend')}>
      <DateField label={t('dates.asOf')} description={t('dates.asOfHelp')} value={asOf} onChange={setAsOf} min={min} max={max} invalid={params.problems.asOf !== undefined} />
      <DateField
        label={t('dates.compareTo')}
        description={t('dates.compareToHelp')}
        value={compareTo}
        onChange={setCompareTo}
        min={min}
        max={max}
        invalid={params.problems.compareTo !== undefined}
      />
      <div className="overview-dates__buttons">
        <Button type="submit" data-size="sm">
          {t('dates.show')}
        </Button>
        {!showingToday && (
          <Button type="button" variant="tertiary" data-size="sm" onClick={onReset}>
            {t('dates.reset')}
          </Button>
        )}
      </div>
    </form>
  );
}

interface DateFieldProps {
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  min: IsoDate | undefined;
  max: IsoDate;
  /** The address holds a date for this field that cannot be used (the page says why). */
  invalid: boolean;
}

function DateField({ label, description, value, onChange, min, max, invalid }: DateFieldProps) {
  return (
    <Textfield
      type="date"
      label={label}
      description={description}
      value={value}
      min={min}
      max={max}
      onChange={(event) => onChange(event.target.value)}
      data-size="sm"
      aria-invalid={invalid || undefined}
    />
  );
}

function PlanSelect({ plans, value, onChange }: { plans: readonly Plan[] | undefined; value: string | null; onChange: (plan: string | null) => void }) {
  const { t } = useTranslation('overview');
  const id = useId();
  return (
    <Field data-size="sm" className="overview-plan">
      <Label htmlFor={id}>{t('plan.label')}</Label>
      <Select id={id} value={value ?? ''} width="auto" disabled={plans === undefined} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
        <Select.Option value="">{t('plan.all')}</Select.Option>
        {/* While the plans load, the plan chosen in the address stands as its id. */}
        {plans === undefined && value !== null && <Select.Option value={value}>{value}</Select.Option>}
        {(plans ?? []).map((plan) => (
          <Select.Option key={plan.id} value={plan.id}>
            {plan.reference}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
