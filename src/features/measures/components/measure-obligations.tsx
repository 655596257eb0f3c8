import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Obligation } from '@/domain/measure';
import { ObligationCard } from '@/components/ui/obligation-card';
import { Section } from '@/components/ui/section';

export function MeasureObligations({ obligations }: { obligations: Obligation[] }) {
  const { t } = useTranslation('measures');
  return (
    <Section title={t('detail.obligations')}>
      {obligations.length === 0 ? (
        <Paragraph>{t('detail.obligationsNone')}</Paragraph>
      ) : (
        <ul className="card-list">
          {obligations.map((obligation) => (
            <li key={obligation.id}>
              <ObligationCard obligation={obligation} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
