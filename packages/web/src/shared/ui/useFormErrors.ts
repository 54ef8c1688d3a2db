import { useMemo } from 'react';
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
