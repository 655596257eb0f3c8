import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RouteErrorBoundaryProps {
  children: ReactNode;
}

/**
 * Catches what a page throws while rendering (or when its code fails to load), so that the header
 * and navigation stay usable and the user is told what to do instead of seeing a blank screen. The
 * layout gives it a new key on every navigation, which clears the error.
 */
export class RouteErrorBoundary extends Component<RouteErrorBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    console.error('A page failed to render', error);
  }

  override render() {
    return this.state.error === null ? this.props.children : <RouteError />;
  }
}

function RouteError() {
  const { t } = useTranslation();
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
