import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { apiRequest } from '@/lib/api-client';
import { canRegisterPlans, canResetDemoData } from '@/domain/user';
import { isMockingEnabled } from '@/lib/env';
import { useRole } from '@/stores/ui-store';

export function AppFooter() {
  const { t } = useTranslation();
  const role = useRole();
  return (
    <footer className="app-footer">
      <Paragraph data-size="sm">{t('app.dataSource')}</Paragraph>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/data">{t('app.openData')}</RouterLink>
        </Link>
        <span aria-hidden="true"> · </span>
        <Link asChild>
          <RouterLink to="/om">{t('app.about')}</RouterLink>
        </Link>
        <span aria-hidden="true"> · </span>
        <Link asChild>
          <RouterLink to="/tilgjengelighet">{t('app.accessibility')}</RouterLink>
        </Link>
      </Paragraph>
      {canRegisterPlans(role) && (
        <Paragraph data-size="sm">
          <Link asChild>
            <RouterLink to="/planer/ny">{t('app.registerPlan')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {isMockingEnabled() && (
        <div className="demo-controls">
          <Paragraph data-size="sm">{t('app.mockNotice')}</Paragraph>
          {canResetDemoData(role) && <ResetDemoData />}
        </div>
      )}
    </footer>
  );
}

/** Admins only (the API refuses others too). */
function ResetDemoData() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: () => apiRequest('/api/admin/reset', null, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  return (
    <>
      <Button variant="tertiary" data-size="sm" onClick={() => reset.mutate()} loading={reset.isPending}>
        {t('app.resetDemoData')}
      </Button>
      <span role="status" className="demo-controls__status">
        {reset.isSuccess ? t('app.resetDone') : reset.isError ? t('app.resetFailed') : ''}
      </span>
    </>
  );
}
