import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag data-color="danger" data-size="sm" title={t('deadline.overdueDescription')} className="overdue-tag">
      {t('deadline.overdue')}
    </Tag>
  );
}
