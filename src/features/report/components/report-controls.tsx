import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { IsoDate } from '@/domain/date-point';
import type { Plan } from '@/domain/plan';
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
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(reportHref({ plan, asOf, compareTo }));
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
      <Textfield {...dateProps} label={t('controls.asOf')} description={t('controls.asOfHelp')} value={asOf} onChange={(event) => setAsOf(event.target.value)} aria-invalid={params.problems.asOf !== undefined || undefined} />
      <Textfield
        {...dateProps}
        label={t('controls.compareTo')}
        description={t('controls.compareToHelp')}
        value={compareTo}
        onChange={(event) => setCompareTo(event.target.value)}
        aria-invalid={params.problems.compareTo !== undefined || undefined}
      />
      <Button type="submit" data-size="sm" className="report-controls__make">
        {t('controls.make')}
      </Button>
    </form>
  );
}
