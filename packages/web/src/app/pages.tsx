import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

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
