import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Obligation } from '@/domain/measure';
import { Localized } from '@/components/ui/localized';
import { VerificationTag } from '@/components/ui/verification-tag';
import { formatDatePoint } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

export function MeasureObligations({ obligations }: { obligations: Obligation[] }) {
  const { t } = useTranslation('measures');
  const language = useLanguage();
  return (
    <section aria-labelledby="obligations-heading" className="measure-section">
      <Heading level={2} data-size="sm" id="obligations-heading">
        {t('detail.obligations')}
      </Heading>
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
                <dl className="facts facts--compact">
                  <div>
                    <dt>{t('detail.requires')}</dt>
                    <dd>
                      <Localized text={obligation.requires} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('detail.legalReference')}</dt>
                    <dd lang="nb">{obligation.legalReference}</dd>
                  </div>
                  <div>
                    <dt>{t('detail.inForce')}</dt>
                    <dd>
                      <time dateTime={obligation.inForce.date}>{formatDatePoint(obligation.inForce, language)}</time>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('detail.verified')}</dt>
                    <dd>
                      <VerificationTag verified={obligation.verified} />
                    </dd>
                  </div>
                  {obligation.note && (
                    <div>
                      <dt>{t('detail.note')}</dt>
                      <dd>
                        <Localized text={obligation.note} />
                      </dd>
                    </div>
                  )}
                </dl>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
