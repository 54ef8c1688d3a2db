import type { SelectHTMLAttributes } from 'react';
import { FormField } from './FormField';

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> & {
  name: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string;
};

export function SelectField({ name, label, options, error, className, ...select }: SelectFieldProps) {
  return (
    <FormField label={label} error={error} className={className}>
      {(control) => (
        <select {...select} {...control} name={name} className="field__input">
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
