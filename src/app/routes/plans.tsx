import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { QueryState } from '@/components/ui/query-state';
import { idSchema } from '@/domain/plan';
import { canRegisterPlans } from '@/domain/user';
import { usePlan } from '@/features/plans/api/get-plan';
import { AdminsOnly } from '@/features/plans/components/admins-only';
import { PlanEdit } from '@/features/plans/components/plan-edit';
import { PlanImport } from '@/features/plans/components/plan-import';
import { useAreas } from '@/lib/catalog/get-areas';
import { useRole } from '@/stores/ui-store';

/**
 * A new plan and its measures, from the plan's text (/planer/ny, issue 17): for admins. Everyone else is told who the
 * page is for and how to sign in, and sees no form (the API refuses them too).
 */
export function PlanImportRoute() {
  const { t } = useTranslation('plans');
  const admin = canRegisterPlans(useRole());
  return (
    <div className="page plan-import-page">
      <PageHeader title={t('title')} intro={t('intro')} />
      {admin ? <AdminForm /> : <AdminsOnly />}
    </div>
  );
}

/** The form needs the areas: a heading of the plan's text names one of them. */
function AdminForm() {
  const { t } = useTranslation('plans');
  const areas = useAreas();
  return (
    <QueryState query={areas} loadingLabel={t('loadingAreas')}>
      {(list) => <PlanImport areas={list} />}
    </QueryState>
  );
}

/**
 * An existing plan's edit page (/planer/:id/rediger, issue 17): its fields, and measures added from its text. For
 * admins; everyone else gets the notice of /planer/ny. The heading names no plan, so that the one frame of every
 * plan's page (src/app/page-routes.ts) is true for all of them.
 */
export function PlanEditRoute() {
  const { t } = useTranslation('plans');
  const { id = '' } = useParams();
  const admin = canRegisterPlans(useRole());
  return (
    <div className="page plan-import-page">
      <PageHeader title={t('edit.title')} intro={t('edit.intro')} />
      {admin ? <AdminEdit id={id} /> : <AdminsOnly />}
    </div>
  );
}

/** An id no plan can have (`Meld St 26`) is not asked for: no plan has it. */
function AdminEdit({ id }: { id: string }) {
  return idSchema.safeParse(id).success ? <LoadedEdit id={id} /> : <PlanNotFound id={id} />;
}

function LoadedEdit({ id }: { id: string }) {
  const { t } = useTranslation('plans');
  const plan = usePlan(id);
  return (
    <QueryState query={plan} loadingLabel={t('edit.loading')} notFound={<PlanNotFound id={id} />}>
      {(found) =>
        found.synthetic ? (
          <Alert data-color="info">
            <Paragraph>{t('edit.synthetic', { reference: found.reference })}</Paragraph>
          </Alert>
        ) : (
          <PlanEdit key={found.id} plan={found} />
        )
      }
    </QueryState>
  );
}

function PlanNotFound({ id }: { id: string }) {
  const { t } = useTranslation('plans');
  return (
    <div>
      <Paragraph role="status">{t('edit.notFound', { id })}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/tiltak">{t('adminsOnly.measuresLink')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
