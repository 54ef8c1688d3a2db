import { useEffect, useMemo, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { toFormErrors, type FormErrors } from '../errors/graphqlErrors';
import { currentLanguage } from '../i18n/i18n';

/**
 * Field and banner messages for a form, re-translated when the language changes.
 * `fieldNames` lists the form's fields; server field errors for other paths go to the banner.
 */
export function useFormErrors(error: unknown, fieldNames: readonly string[]): FormErrors {
  const { t } = useTranslation();
  const language = currentLanguage();
  // the names as one string: callers pass a new array on every render
  const key = fieldNames.join('|');
  return useMemo(() => toFormErrors(error, key ? key.split('|') : [], t, language), [error, key, t, language]);
}

const NO_FIELDS: ReadonlySet<string> = new Set();

export type LiveFormErrors = FormErrors & {
  /** the form's `onChange` (React's change events bubble from every control): clears the changed field's error */
  clearOnChange: (event: FormEvent<HTMLElement>) => void;
};

/**
 * `useFormErrors` for a form the user corrects in place (issue #22):
 * - a field's error disappears as soon as that field changes (pass `clearOnChange` as the form's `onChange`; the field
 *   is the nearest `data-field` attribute around the control, else the control's `name`);
 * - when new errors arrive, the first one is scrolled into view and its control focused.
 */
export function useLiveFormErrors(error: unknown, fieldNames: readonly string[], formRef: RefObject<HTMLElement | null>): LiveFormErrors {
  const errors = useFormErrors(error, fieldNames);
  const [cleared, setCleared] = useState<{ source: FormErrors | null; fields: ReadonlySet<string> }>({ source: null, fields: NO_FIELDS });
  const clearedFields = cleared.source === errors ? cleared.fields : NO_FIELDS;

  // new errors (not a language change of the same ones): bring the first into view
  const hasErrors = errors.banner.length > 0 || Object.keys(errors.byField).length > 0;
  useEffect(() => {
    const form = formRef.current;
    if (!form || !hasErrors || !error) return;
    const first = form.querySelector<HTMLElement>('[aria-invalid="true"], .field__error, .banner--error');
    if (!first) return;
    first.scrollIntoView({ block: 'center' });
    const control = first.matches('input, select, textarea') ? first : null;
    control?.focus({ preventScroll: true });
  }, [error, formRef, hasErrors]);

  return useMemo(() => {
    const clearOnChange = (event: FormEvent<HTMLElement>) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const field = target?.closest<HTMLElement>('[data-field]')?.dataset.field ?? target?.getAttribute('name');
      if (!field || !errors.byField[field] || clearedFields.has(field)) return;
      setCleared({ source: errors, fields: new Set([...clearedFields, field]) });
    };
    if (clearedFields.size === 0) return { ...errors, clearOnChange };
    const byField = Object.fromEntries(Object.entries(errors.byField).filter(([k]) => !clearedFields.has(k)));
    return { ...errors, byField, clearOnChange };
  }, [errors, clearedFields]);
}
