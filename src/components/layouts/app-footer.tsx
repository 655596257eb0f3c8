import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '@/lib/api-client';
import { isMockingEnabled } from '@/lib/env';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <footer className="app-footer">
      <Paragraph data-size="sm">{t('app.dataSource')}</Paragraph>
      {isMockingEnabled() && <DemoDataControls />}
    </footer>
  );
}

function DemoDataControls() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: () => apiRequest('/api/admin/reset', null, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  return (
    <div className="demo-controls">
      <Paragraph data-size="sm">{t('app.mockNotice')}</Paragraph>
      <Button variant="tertiary" data-size="sm" onClick={() => reset.mutate()} loading={reset.isPending}>
        {t('app.resetDemoData')}
      </Button>
      <span role="status" className="demo-controls__status">
        {reset.isSuccess ? t('app.resetDone') : reset.isError ? t('app.resetFailed') : ''}
      </span>
    </div>
  );
}
