import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';

interface ChoiceSelectProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  className?: string;
  /** `auto` fits the options; `full` (the default) fills the field's container. */
  width?: 'auto' | 'full';
}

/** A labelled select whose value is one of the options given (anything else from the element is ignored). */
export function ChoiceSelect<V extends string>({ label, value, options, onChange, className, width = 'full' }: ChoiceSelectProps<V>) {
  const id = useId();
  return (
    <Field data-size="sm" className={className}>
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        value={value}
        width={width}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
