import type { InputHTMLAttributes } from 'react';
import { FormField } from './FormField';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> & {
  name: string;
  label: string;
  /** translated error shown under the field (and announced via aria-describedby) */
  error?: string;
  hint?: string;
};

/** A labelled input with its own error line; pair it with useFormErrors().byField[name]. */
export function TextField({ name, label, error, hint, className, ...input }: TextFieldProps) {
  return (
    <FormField label={label} error={error} hint={hint} className={className}>
      {(control) => <input {...input} {...control} name={name} className="field__input" />}
    </FormField>
  );
}
