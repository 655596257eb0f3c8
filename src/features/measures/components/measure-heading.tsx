import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@/domain/localized-text';
import { useLocalized } from '@/lib/use-localized';

interface MeasureHeadingProps {
  number: number;
  /** The plan's reference (or its id, when the plan is not known). */
  plan: string;
  title: LocalizedText;
}

/** A measure's number in its plan and its title: the page's h1. */
export function MeasureHeading({ number, plan, title }: MeasureHeadingProps) {
  const { t } = useTranslation('measures');
  const pick = useLocalized();
  const shown = pick(title);
  return (
    <>
      <Paragraph data-size="sm" className="eyebrow">
        {t('detail.numberInPlan', { number, plan })}
      </Paragraph>
      <Heading level={1} data-size="lg" lang={shown.isFallback ? shown.language : undefined}>
        {shown.value}
      </Heading>
      {shown.isFallback && <Paragraph data-size="xs">{t('detail.translated')}</Paragraph>}
    </>
  );
}
