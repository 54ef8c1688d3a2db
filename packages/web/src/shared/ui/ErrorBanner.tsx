import { useTranslation } from 'react-i18next';

type ErrorBannerProps = {
  messages: readonly string[];
  onDismiss?: () => void;
};

/** Banner for errors that belong to no single field (FORBIDDEN, CONFLICT, network…). */
export function ErrorBanner({ messages, onDismiss }: ErrorBannerProps) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <div className="banner banner--error" role="alert">
      <div className="banner__body">
        <strong className="banner__title">{t('errors.title')}</strong>
        {messages.length === 1 ? (
          <p className="banner__text">{messages[0]}</p>
        ) : (
          <ul className="banner__list">
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </div>
      {onDismiss ? (
        <button type="button" className="banner__close" onClick={onDismiss} aria-label={t('errors.dismiss')}>
          ×
        </button>
      ) : null}
    </div>
  );
}
