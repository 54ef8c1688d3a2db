import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, isLanguage, LANGUAGES } from '../shared/i18n/i18n';

const NAMES: Record<(typeof LANGUAGES)[number], string> = { pl: 'Polski', en: 'English' };

/** Language select; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="lang-switch">
      <label htmlFor={id} className="lang-switch__label">
        {t('header.language')}
      </label>
      <select
        id={id}
        className="lang-switch__select"
        value={currentLanguage()}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void changeLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {NAMES[lng]}
          </option>
        ))}
      </select>
    </div>
  );
}
