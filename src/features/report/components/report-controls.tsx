import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { IsoDate } from '@/domain/date-point';
import type { Plan } from '@/domain/plan';
import { fieldDate } from '@/lib/field-date';
import { reportHref, type ReportParams } from '../utils/report-params';

interface ReportControlsProps {
  params: ReportParams;
  /** Undefined while the plans load. */
  plans: readonly Plan[] | undefined;
  today: IsoDate;
  /** The day the first plan was presented, the earliest date to choose. */
  earliest: IsoDate | null;
}

/**
 * The report's plan, reporting date and previous reporting date, as one form: the report is made for what it
 * says when it is sent, and all of it goes into the address (so that a report can be shared, and Back works).
 * An empty date takes its default. Not printed.
 */
export function ReportControls({ params, plans, today, earliest }: ReportControlsProps) {
  const { t } = useTranslation('report');
  const navigate = useNavigate();
  const planId = useId();
  const [plan, setPlan] = useState(params.plan ?? '');
  const [asOf, setAsOf] = useState(params.raw.asOf ?? '');
  const [compareTo, setCompareTo] = useState(params.raw.compareTo ?? '');
  const asOfField = useRef<HTMLInputElement>(null);
  const compareToField = useRef<HTMLInputElement>(null);
  // A date typed in part reads as empty, which would quietly become today or a year back: it is refused here.
  const [partial, setPartial] = useState<{ asOf: boolean; compareTo: boolean }>({ asOf: false, compareTo: false });
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const dates = { asOf: fieldDate(asOfField.current, asOf), compareTo: fieldDate(compareToField.current, compareTo) };
    const found = { asOf: dates.asOf.partial, compareTo: dates.compareTo.partial };
    setPartial(found);
    if (found.asOf || found.compareTo) {
      (found.asOf ? asOfField : compareToField).current?.focus();
      return;
    }
    void navigate(reportHref({ plan, asOf: dates.asOf.value, compareTo: dates.compareTo.value }));
  };
  const dateProps = { type: 'date', min: earliest ?? undefined, max: today, 'data-size': 'sm' } as const;
  return (
    // The dates are checked by the page (with messages in the reader's language), not by the browser.
    <form className="report-controls" onSubmit={submit} noValidate aria-label={t('controls.legend')}>
      <Field data-size="sm" className="report-controls__plan">
        <Label htmlFor={planId}>{t('controls.plan')}</Label>
        <Select id={planId} value={plan} width="auto" disabled={plans === undefined} onChange={(event) => setPlan(event.target.value)}>
          <Select.Option value="">{t('controls.allPlans')}</Select.Option>
          {/* While the plans load, the plan chosen in the address stands as its id. */}
          {plans === undefined && plan !== '' && <Select.Option value={plan}>{plan}</Select.Option>}
          {(plans ?? []).map((candidate) => (
            <Select.Option key={candidate.id} value={candidate.id}>
              {candidate.reference}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        {...dateProps}
        ref={asOfField}
        label={t('controls.asOf')}
        description={t('controls.asOfHelp')}
        error={partial.asOf ? t('controls.partial') : undefined}
        value={asOf}
        onChange={(event) => setAsOf(event.target.value)}
        aria-invalid={partial.asOf || params.problems.asOf !== undefined || undefined}
      />
      <Textfield
        {...dateProps}
        ref={compareToField}
        label={t('controls.compareTo')}
        description={t('controls.compareToHelp')}
        error={partial.compareTo ? t('controls.partial') : undefined}
        value={compareTo}
        onChange={(event) => setCompareTo(event.target.value)}
        aria-invalid={partial.compareTo || params.problems.compareTo !== undefined || undefined}
      />
      <Button type="submit" data-size="sm" className="report-controls__make">
        {t('controls.make')}
      </Button>
    </form>
  );
}
