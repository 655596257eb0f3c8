import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeField, FormError } from '../utils/change-form';

export function fieldId(field: ChangeField): string {
  return `edit-${field}`;
}

export function useErrorText() {
  const { t } = useTranslation('editing');
  return (error: FormError | undefined): string | undefined => (error ? t(`errors.${error.code}`, { max: error.max ?? 0, min: error.min ?? 0 }) : undefined);
}

interface TextInputProps {
  field: ChangeField;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error?: FormError;
  type?: 'text' | 'date' | 'url' | 'number';
  maxLength?: number;
  multiline?: boolean;
  required?: boolean;
}

/** A labelled text field with its error and, for long texts, a counter. */
export function TextInput({ field, label, description, value, onChange, error, type = 'text', maxLength, multiline = false, required = true }: TextInputProps) {
  const { t } = useTranslation('editing');
  const errorText = useErrorText()(error);
  const common = {
    id: fieldId(field),
    label,
    description,
    value,
    error: errorText,
    required,
    // In the reader's language: Designsystemet's own counter text is bokmål only.
    counter: maxLength === undefined ? undefined : { limit: maxLength, under: t('counter.under'), over: t('counter.over') },
  };
  return multiline ? (
    <Textfield {...common} multiline rows={4} onChange={(event) => onChange(event.target.value)} />
  ) : (
    <Textfield {...common} type={type} onChange={(event) => onChange(event.target.value)} />
  );
}

interface SelectInputProps {
  field: ChangeField;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: FormError;
  children: ReactNode;
}

export function SelectInput({ field, label, value, onChange, error, children }: SelectInputProps) {
  const errorText = useErrorText()(error);
  return (
    <Field>
      <Label htmlFor={fieldId(field)}>{label}</Label>
      <Select id={fieldId(field)} value={value} required aria-invalid={error ? true : undefined} onChange={(event) => onChange(event.target.value)}>
        {children}
      </Select>
      {errorText && <ValidationMessage>{errorText}</ValidationMessage>}
    </Field>
  );
}
