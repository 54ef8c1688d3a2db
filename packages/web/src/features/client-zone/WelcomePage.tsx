import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ClientMeFieldsFragment } from '../../graphql/generated/graphql';

/** /clientzone — the welcome screen with the "Pożyczki" button (CZ-3). */
export function WelcomePage({ me }: { me: ClientMeFieldsFragment }) {
  const { t } = useTranslation();
  const state: unknown = useLocation().state;
  const passwordChanged = typeof state === 'object' && state !== null && 'passwordChanged' in state;
  return (
    <section className="cz-page cz-welcome" aria-labelledby="cz-welcome-title">
      {passwordChanged ? (
        <p className="banner cz-banner--success" role="status">
          {t('clientZone.password.changed')}
        </p>
      ) : null}
      <div className="card cz-welcome__card">
        <h1 id="cz-welcome-title">{t('clientZone.welcome.title', { name: me.name })}</h1>
        <p>{t('clientZone.welcome.text')}</p>
        <p className="muted small">{t('clientZone.welcome.loginAs', { login: me.login })}</p>
        <Link to="/clientzone/loans" className="button button--primary cz-button--large">
          {t('clientZone.welcome.loansButton')}
        </Link>
      </div>
    </section>
  );
}
