import { useTranslation } from 'react-i18next';

/** Polite loading indicator; `label` defaults to "Loading…". */
export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="spinner" role="status" aria-live="polite">
      <span className="spinner__wheel" aria-hidden="true" />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
}
