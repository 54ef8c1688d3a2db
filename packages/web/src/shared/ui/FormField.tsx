import { useId, type ReactNode } from 'react';

/** What a field's control must carry: its id (the label points at it) and the accessible error wiring. */
type FieldControlProps = {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
};

type FormFieldProps = {
  label: ReactNode;
  /** translated error shown under the control (announced, and named by aria-describedby) */
  error?: string;
  hint?: ReactNode;
  /** more ids describing the control (e.g. a live counter rendered in `after`) */
  describedBy?: string;
  /** the control's id (default: generated); the hint is `${id}-hint`, the error `${id}-error` */
  id?: string;
  className?: string;
  /** rendered between the control and the hint (e.g. a character counter) */
  after?: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * Label + control + field error: the one field layout of the SPA (classes `field`, `field--invalid`, `field__label`,
 * `field__hint`, `field__error`). The control gets `aria-invalid` and `aria-describedby` (hint, error, extra ids).
 */
export function FormField({ label, error, hint, describedBy, id, className, after, children }: FormFieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedByIds = [describedBy, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].join(' ').trim()}>
      <label className="field__label" htmlFor={controlId}>
        {label}
      </label>
      {children({ id: controlId, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedByIds })}
      {after}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** A field error line on its own (a group of checkboxes, a table of items): nothing when there is no error. */
export function FieldError({ error, id }: { error?: string | null; id?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="field__error" role="alert">
      {error}
    </p>
  );
}
