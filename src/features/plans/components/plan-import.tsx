import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Area } from '@/domain/area';
import { instrumentSchema } from '@/domain/measure';
import { registeredPlanState } from '@/components/ui/registered-plan-notice';
import { today } from '@/lib/clock';
import { useLanguage } from '@/lib/use-localized';
import { useRegisterPlan } from '../api/register-plan';
import { EMPTY_PLAN_FORM, toPlanCreation, type FormError, type PlanFormField, type PlanFormValues } from '../utils/plan-form';
import { MeasuresInput } from './measures-input';
import { kindOf, PlanFields } from './plan-fields';
import { PreviewSection } from './preview-section';
import { SaveError } from './save-outcome';
import { useMeasuresInput } from './use-measures-input';
import './plans.css';

/**
 * The import form (admins): the plan's fields, its list of measures (pasted, or a file), a preview of every row as
 * it will be saved, and one request that saves the plan and its measures together. Nothing leaves the page before
 * «Lagre»; after a refusal everything typed stays as it was.
 */
export function PlanImport({ areas }: { areas: readonly Area[] }) {
  const { t } = useTranslation('plans');
  const language = useLanguage();
  const navigate = useNavigate();
  const [values, setValues] = useState<PlanFormValues>(EMPTY_PLAN_FORM);
  const list = useMeasuresInput(areas);
  const [errors, setErrors] = useState<FormError[]>([]);
  // Each failed attempt mounts a new summary, which moves focus to itself (designsystemet-web).
  const [attempt, setAttempt] = useState(0);
  const register = useRegisterPlan();
  const saving = useRef(false);

  const preview = list.preview;
  const rows = preview?.rows ?? [];

  const set = (field: PlanFormField) => (value: string) =>
    setValues((current) => {
      switch (field) {
        case 'kind':
          return { ...current, kind: kindOf(value) };
        case 'instrument': {
          const parsed = instrumentSchema.safeParse(value);
          return { ...current, instrument: parsed.success ? parsed.data : '' };
        }
        default:
          return { ...current, [field]: value };
      }
    });
  const errorOf = (field: PlanFormField) => errors.find((error) => error.field === field);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    // A save under way: a second click or Enter is ignored until it has an answer, so the plan is never sent twice.
    if (saving.current || register.isPending || rows.length === 0) return;
    const result = toPlanCreation(values, rows, { today: today(), reason: t('save.reason'), language });
    if (!result.ok) {
      setErrors(result.errors);
      setAttempt((count) => count + 1);
      return;
    }
    setErrors([]);
    saving.current = true;
    register.mutate(result.body, {
      onSettled: () => {
        saving.current = false;
      },
      onSuccess: ({ plan, measures }) => {
        void navigate(`/tiltak?plan=${encodeURIComponent(plan.id)}`, { state: registeredPlanState(plan, measures.length) });
      },
    });
  };

  const areaNames = areas.map((area) => area.name[language] ?? area.name.nb).join(', ');

  return (
    <form className="plan-import" onSubmit={submit} noValidate aria-label={t('title')}>
      <PlanFields values={values} set={set} errorOf={errorOf} />
      <MeasuresInput
        {...list.input}
        areaNames={areaNames}
        error={errors.find((error) => error.field === 'measures')}
      />
      {preview !== null && (
        <PreviewSection
          intro={t('preview.intro')}
          preview={preview}
          areas={areas}
          values={values}
          set={set}
          errorOf={errorOf}
          errors={errors}
          attempt={attempt}
          pending={register.isPending}
          saveLabel={register.isPending ? t('save.saving', { count: rows.length }) : t('save.button', { count: rows.length })}
          outcome={register.isError && <SaveError error={register.error} rows={rows} />}
        />
      )}
    </form>
  );
}
