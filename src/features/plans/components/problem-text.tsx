import { useTranslation } from 'react-i18next';
import type { PreviewProblem } from '../utils/import-problems';

/** Why a line (or the whole input) could not be used, in the reader's language. */
export function ProblemText({ problem }: { problem: PreviewProblem }) {
  const { t } = useTranslation('plans');
  return <>{t(`planImport.problem.${problem.code}`, { heading: problem.heading ?? '' })}</>;
}
