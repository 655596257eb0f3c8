import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useUiStore } from '@/stores/ui-store';
import './plans.css';

/** For everyone who is not an admin: what the page is for, who may use it, and how to sign in (no form). */
export function AdminsOnly() {
  const { t } = useTranslation(['plans', 'common']);
  const session = useUiStore((state) => state.session);
  const control = t('common:settings.user');
  return (
    <Alert data-color="info" className="plan-import__gate">
      <Heading level={2} data-size="xs">
        {t('adminsOnly.title')}
      </Heading>
      <Paragraph>
        {session === null
          ? t('adminsOnly.signedOut', { control })
          : t('adminsOnly.notAdmin', { control, name: session.user.name, role: t(`common:settings.roles.${session.user.role}`) })}
      </Paragraph>
      <Paragraph>
        {t('adminsOnly.read')}{' '}
        <Link asChild>
          <RouterLink to="/tiltak">{t('adminsOnly.measuresLink')}</RouterLink>
        </Link>
      </Paragraph>
    </Alert>
  );
}
