import { Field, Fieldset, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_KINDS, planKindSchema } from '@/domain/plan';
import { Section } from '@/components/ui/section';
import { planIdOf, type FormError, type PlanFormField, type PlanFormValues } from '../utils/plan-form';

/** A field's element id: `plan-titleNb`; the edit page's list fields too (`plan-sources.0.title` → `plan-sources-0-title`). */
export function fieldId(field: string): string {
  return `plan-${field.replace(/\./g, '-')}`;
}

export function useErrorText() {
  const { t } = useTranslation('plans');
  return (error: Pick<FormError, 'code' | 'max'> | undefined): string | undefined => (error ? t(`errors.${error.code}`, { max: error.max ?? 0 }) : undefined);
}

interface TextInputProps {
  /** A field of the new-plan form, or of the edit form (plan-edit.ts). */
  field: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error: Pick<FormError, 'code' | 'max'> | undefined;
  type?: 'text' | 'date' | 'url';
  inputMode?: 'numeric';
  required?: boolean;
  autoComplete?: string;
  /** Several lines (a note). */
  multiline?: boolean;
}

/** A labelled field with its error message under it (Designsystemet wires the two together). */
export function TextInput({ field, label, description, value, onChange, error, type = 'text', inputMode, required = false, autoComplete = 'off', multiline = false }: TextInputProps) {
  const common = {
    id: fieldId(field),
    label,
    description,
    value,
    required,
    error: useErrorText()(error),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };
  return multiline ? <Textfield {...common} multiline rows={3} /> : <Textfield {...common} type={type} inputMode={inputMode} autoComplete={autoComplete} />;
}

export function SelectInput({ field, label, description, value, onChange, error, children }: { field: string; label: string; description?: string; value: string; onChange: (value: string) => void; error: Pick<FormError, 'code' | 'max'> | undefined; children: ReactNode }) {
  const errorText = useErrorText()(error);
  return (
    <Field>
      <Label htmlFor={fieldId(field)}>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select id={fieldId(field)} value={value} required aria-invalid={error ? true : undefined} onChange={(event) => onChange(event.target.value)}>
        {children}
      </Select>
      {errorText && <ValidationMessage>{errorText}</ValidationMessage>}
    </Field>
  );
}

/** The plan's kind, one of PLAN_KINDS. */
export function KindSelect({ value, onChange, error }: { value: string; onChange: (value: string) => void; error: Pick<FormError, 'code' | 'max'> | undefined }) {
  const { t } = useTranslation('plans');
  return (
    <SelectInput field="kind" label={t('plan.kind')} value={value} onChange={onChange} error={error}>
      {PLAN_KINDS.map((kind) => (
        <Select.Option key={kind} value={kind}>
          {t(`kind.${kind}`)}
        </Select.Option>
      ))}
    </SelectInput>
  );
}

interface PlanFieldsProps {
  values: PlanFormValues;
  set: (field: PlanFormField) => (value: string) => void;
  errorOf: (field: PlanFormField) => FormError | undefined;
}

/** What is said of the plan: its reference and id, titles, kind, ministry, date, period and source. */
export function PlanFields({ values, set, errorOf }: PlanFieldsProps) {
  const { t } = useTranslation('plans');
  return (
    <Section title={t('plan.title')} className="page-section plan-import__section">
      <TextInput field="reference" label={t('plan.reference')} description={t('plan.referenceHint')} value={values.reference} onChange={set('reference')} error={errorOf('reference')} required />
      <TextInput field="id" label={t('plan.id')} description={t('plan.idHint')} value={planIdOf(values)} onChange={set('id')} error={errorOf('id')} required />
      <TextInput field="titleNb" label={t('plan.titleNb')} value={values.titleNb} onChange={set('titleNb')} error={errorOf('titleNb')} required />
      <TextInput field="titleNn" label={t('plan.titleNn')} value={values.titleNn} onChange={set('titleNn')} error={errorOf('titleNn')} />
      <TextInput field="titleEn" label={t('plan.titleEn')} value={values.titleEn} onChange={set('titleEn')} error={errorOf('titleEn')} />
      <KindSelect value={values.kind} onChange={set('kind')} error={errorOf('kind')} />
      <TextInput field="ministry" label={t('plan.ministry')} value={values.ministry} onChange={set('ministry')} error={errorOf('ministry')} required />
      <TextInput field="published" label={t('plan.published')} description={t('plan.publishedHint')} value={values.published} onChange={set('published')} error={errorOf('published')} type="date" required />
      <Fieldset className="plan-import__period">
        <Fieldset.Legend>{t('plan.period')}</Fieldset.Legend>
        <Fieldset.Description>{t('plan.periodHint')}</Fieldset.Description>
        <div className="plan-import__pair">
          <TextInput field="periodFrom" label={t('plan.periodFrom')} value={values.periodFrom} onChange={set('periodFrom')} error={errorOf('periodFrom')} inputMode="numeric" />
          <TextInput field="periodTo" label={t('plan.periodTo')} value={values.periodTo} onChange={set('periodTo')} error={errorOf('periodTo')} inputMode="numeric" />
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('plan.source')}</Fieldset.Legend>
        <Fieldset.Description>{t('plan.sourceHint')}</Fieldset.Description>
        <TextInput field="sourceTitle" label={t('plan.sourceTitle')} value={values.sourceTitle} onChange={set('sourceTitle')} error={errorOf('sourceTitle')} required />
        <TextInput field="sourceUrl" label={t('plan.sourceUrl')} value={values.sourceUrl} onChange={set('sourceUrl')} error={errorOf('sourceUrl')} type="url" required />
      </Fieldset>
    </Section>
  );
}

/** The kind as the form holds it ('' while none is chosen). */
export function kindOf(value: string): PlanFormValues['kind'] {
  const parsed = planKindSchema.safeParse(value);
  return parsed.success ? parsed.data : '';
}
