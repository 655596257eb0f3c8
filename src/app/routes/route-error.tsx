import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundRoute } from './not-found';

/** Shown when a page fails to render (or to load its code): never a blank screen. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <div className="page">
      <Alert data-color="danger" role="alert">
        <Heading level={1} data-size="sm">
          {t('routeError.title')}
        </Heading>
        <Paragraph>{t('routeError.body')}</Paragraph>
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </Button>
      </Alert>
    </div>
  );
}
