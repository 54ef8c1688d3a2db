import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '../../shared/i18n/i18n';

/** The active UI language; re-renders the caller when it changes. */
export function useLanguage(): Language {
  useTranslation();
  return currentLanguage();
}
