import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Obligation } from '@/domain/measure';
import { Fact, Facts } from '@/components/ui/facts';
import { Localized } from '@/components/ui/localized';
import { Section } from '@/components/ui/section';
import { VerificationTag } from '@/components/ui/verification-tag';
import { formatDatePoint } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

export function MeasureObligations({ obligations }: { obligations: Obligation[] }) {
  const { t } = useTranslation('measures');
  const language = useLanguage();
  return (
    <Section title={t('detail.obligations')}>
      {obligations.length === 0 ? (
        <Paragraph>{t('detail.obligationsNone')}</Paragraph>
      ) : (
        <ul className="card-list">
          {obligations.map((obligation) => (
            <li key={obligation.id}>
              <Card data-color="neutral" className="obligation-card">
                <Heading level={3} data-size="2xs">
                  <Localized text={obligation.plainLanguage} />
                </Heading>
                <Facts compact>
                  <Fact label={t('detail.requires')}>
                    <Localized text={obligation.requires} />
                  </Fact>
                  <Fact label={t('detail.legalReference')} lang="nb">
                    {obligation.legalReference}
                  </Fact>
                  <Fact label={t('detail.inForce')}>
                    <time dateTime={obligation.inForce.date}>{formatDatePoint(obligation.inForce, language)}</time>
                  </Fact>
                  <Fact label={t('detail.verified')}>
                    <VerificationTag verified={obligation.verified} />
                  </Fact>
                  {obligation.note && (
                    <Fact label={t('detail.note')}>
                      <Localized text={obligation.note} />
                    </Fact>
                  )}
                </Facts>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
