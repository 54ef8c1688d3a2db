import { useId, type InputHTMLAttributes } from 'react';
import { FieldError } from './FormField';
import '../styles/servicing.css';

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  label: string;
  error?: string;
};

/** A labelled checkbox with its own error line (server rules shown next to the box). */
export function Checkbox({ label, error, className, ...input }: CheckboxProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={['srv-check', error ? 'srv-check--invalid' : '', className ?? ''].join(' ').trim()}>
      <label className="srv-check__label" htmlFor={id}>
        <input {...input} id={id} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} />
        <span>{label}</span>
      </label>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
