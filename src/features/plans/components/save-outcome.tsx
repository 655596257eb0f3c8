import { Alert, Button, ErrorSummary, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
// ErrorSummary's web part (focus on appear) is not in the core shim: see src/lib/designsystemet-web.ts.
import '@digdir/designsystemet-web/ds-error-summary';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ErrorPanel } from '@/components/ui/query-state';
import { isApiError } from '@/lib/api-client';
import type { Plan } from '@/domain/plan';
import type { PlanConflict } from '@/domain/plan-registration';
import type { ImportedMeasureRow } from '@/domain/plan-text-import';
import { planConflictOf } from '../api/register-plan';
import { errorsFromProblem, type FormError } from '../utils/plan-form';
import { fieldId, useErrorText } from './plan-fields';

/** What is wrong with the form, each item a link to its field (the summary takes focus when it appears). */
export function FormErrorSummary<E extends Pick<FormError, 'code' | 'max'> & { field: string }>({
  errors,
  heading,
  nameOf,
}: {
  errors: readonly E[];
  /** The summary's heading: «save.errorSummary» unless told. */
  heading?: string;
  /** The field's name: «fieldNames.<field>» unless told. */
  nameOf?: (field: E['field']) => string;
}) {
  const { t } = useTranslation('plans');
  const errorText = useErrorText();
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{heading ?? t('save.errorSummary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((error) => (
          <ErrorSummary.Item key={`${error.field}-${error.code}`}>
            <ErrorSummary.Link href={`#${fieldId(error.field)}`}>
              {nameOf ? nameOf(error.field) : t(`fieldNames.${error.field as FormError['field']}`)}: {errorText(error)}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/** The form's «Lagre»: while the save is under way it says so and takes no second click (the form ignores it). */
export function SaveButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <Button type="submit" loading={pending} aria-disabled={pending || undefined}>
      {children}
    </Button>
  );
}

function NothingSaved() {
  const { t } = useTranslation('plans');
  return <Paragraph>{t('save.nothingSaved')}</Paragraph>;
}

/** A refused save: why (the children), and that nothing was saved. */
export function SaveRefused({ children }: { children: ReactNode }) {
  return (
    <Alert data-color="danger" role="alert">
      {children}
      <NothingSaved />
    </Alert>
  );
}

/** A save refused with errors (400): a heading, the list of what was wrong (the children, `<li>`s), and that nothing was saved. */
export function SaveRejected({ title, children }: { title: string; children: ReactNode }) {
  return (
    <SaveRefused>
      <Heading level={3} data-size="2xs">
        {title}
      </Heading>
      <ul>{children}</ul>
    </SaveRefused>
  );
}

/** A save that failed for another reason (the server, the network): the error's panel, and that nothing was saved. */
export function SaveFailed({ error }: { error: unknown }) {
  return (
    <div className="plan-import__save-error">
      <ErrorPanel error={error} />
      <NothingSaved />
    </div>
  );
}

/**
 * Why the save failed, and that nothing was saved (the API saves the plan and its measures together or not at all)
 * while everything typed is still on the page.
 */
export function SaveError({ error, rows }: { error: unknown; rows: readonly ImportedMeasureRow[] }) {
  const { t } = useTranslation('plans');
  const conflict = planConflictOf(error);
  if (conflict) {
    return (
      <SaveRefused>
        <Paragraph>{t('save.conflict', { id: conflict.current.id, reference: conflict.current.reference })}</Paragraph>
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/tiltak?plan=${encodeURIComponent(conflict.current.id)}`}>{t('save.conflictLink', { reference: conflict.current.reference })}</RouterLink>
          </Link>
        </Paragraph>
        <Paragraph>
          {t('save.conflictEditIntro')}{' '}
          <Link asChild>
            <RouterLink to={`/planer/${encodeURIComponent(conflict.current.id)}/rediger`}>{t('save.conflictEdit')}</RouterLink>
          </Link>
        </Paragraph>
      </SaveRefused>
    );
  }
  if (isApiError(error) && (error.status === 401 || error.status === 403)) {
    return (
      <SaveRefused>
        <Paragraph>{t(error.status === 401 ? 'save.signIn' : 'save.forbidden')}</Paragraph>
      </SaveRefused>
    );
  }
  if (isApiError(error) && error.status === 400) {
    const found = errorsFromProblem(error.problem, rows);
    return (
      <SaveRejected title={t('save.rejectedTitle')}>
        {found.fields.map((field) => (
          <li key={field.field}>
            <a href={`#${fieldId(field.field)}`}>
              {t(`fieldNames.${field.field}`)}: {t(`errors.${field.code}`, { max: 0 })}
            </a>
          </li>
        ))}
        {found.rows.map((row, index) => (
          <li key={`${row.number}-${index}`}>{t('save.row', { number: row.number, reason: t(`save.rowCode.${row.code}`) })}</li>
        ))}
        {found.other.map((message, index) => (
          <li key={index} lang="en">
            {t('save.other', { message })}
          </li>
        ))}
      </SaveRejected>
    );
  }
  return <SaveFailed error={error} />;
}

/**
 * 409 on adding measures: someone changed the plan since it was loaded. Nothing was saved; «Hent planen på nytt»
 * takes the plan as it is now, and what was typed stays for another try. The import and the form for one share it.
 */
export function PlanChangedMeanwhile({ conflict, reload, onReloaded }: { conflict: PlanConflict; reload: (fallback: Plan) => Promise<Plan>; onReloaded: (plan: Plan) => void }) {
  const { t } = useTranslation('plans');
  const [reloading, setReloading] = useState(false);
  const reloadPlan = async () => {
    setReloading(true);
    onReloaded(await reload(conflict.current));
    setReloading(false);
  };
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{t('addMeasures.conflict', { version: conflict.current.version })}</Paragraph>
      <Paragraph>{t('save.nothingSaved')}</Paragraph>
      <Button variant="secondary" data-size="sm" onClick={() => void reloadPlan()} loading={reloading} aria-disabled={reloading || undefined}>
        {t('addMeasures.reload')}
      </Button>
    </Alert>
  );
}
