import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Verification } from '@/domain/source';

const COLORS: Record<Verification, 'success' | 'warning' | 'danger'> = {
  verified: 'success',
  partial: 'warning',
  unverified: 'danger',
};

/** How well a fact is backed by its sources; shown wherever the fact is. */
export function VerificationTag({ verified }: { verified: Verification }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={COLORS[verified]} data-size="sm" variant="outline" className="verification-tag">
      {t(`verification.${verified}`)}
    </Tag>
  );
}
