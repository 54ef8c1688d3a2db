import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ComingSoonPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t(titleKey)}</h1>
      <div className="empty-state">
        <p className="empty-state__title">{t('app.comingSoon')}</p>
        <p className="empty-state__text">{t('app.comingSoonText')}</p>
      </div>
    </section>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('app.notFound')}</h1>
      <p>{t('app.notFoundText')}</p>
      <Link to="/files">{t('app.backHome')}</Link>
    </section>
  );
}
