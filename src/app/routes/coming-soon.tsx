import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/ui/use-document-title';

/** Placeholder pages that say what is coming (issue 7 fills them). */
function ComingSoon({ page }: { page: 'municipality' | 'analysis' }) {
  const { t } = useTranslation();
  const title = t(`comingSoon.${page}.title`);
  useDocumentTitle(title);
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Tag data-color="info">{t('comingSoon.label')}</Tag>
      <Paragraph>{t(`comingSoon.${page}.body`)}</Paragraph>
    </div>
  );
}

export function MunicipalityRoute() {
  return <ComingSoon page="municipality" />;
}

export function AnalysisRoute() {
  return <ComingSoon page="analysis" />;
}
