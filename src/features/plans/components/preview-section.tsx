import { Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '@/components/ui/section';
import type { FormError } from '../utils/plan-form';
import { ImportPreviewView, type ImportPreviewViewProps } from './import-preview';
import { FormErrorSummary, SaveButton } from './save-outcome';

interface PreviewSectionProps extends ImportPreviewViewProps {
  intro: string;
  errors: readonly FormError[];
  /** Each failed attempt mounts a new summary, which moves focus to itself. */
  attempt: number;
  pending: boolean;
  saveLabel: string;
  /** What became of the last save (a refusal, a conflict), above the button. */
  outcome: ReactNode;
}

/** «Forhåndsvisning» of /planer/ny and «Legg til tiltak»: every row as it will be saved, what is wrong, and «Lagre». */
export function PreviewSection({ intro, errors, attempt, pending, saveLabel, outcome, ...view }: PreviewSectionProps) {
  const { t } = useTranslation('plans');
  return (
    <Section title={t('preview.title')} className="page-section plan-import__section">
      <Paragraph>{intro}</Paragraph>
      {/* Its count is a status and its refusals alerts: the table itself is not read out at every change. */}
      <ImportPreviewView {...view} />
      {view.preview.rows.length > 0 && (
        <>
          {errors.length > 0 && <FormErrorSummary key={attempt} errors={errors} />}
          {outcome}
          <div className="plan-import__row">
            <SaveButton pending={pending}>{saveLabel}</SaveButton>
          </div>
        </>
      )}
    </Section>
  );
}
