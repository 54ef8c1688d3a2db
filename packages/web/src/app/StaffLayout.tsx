import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import type { CurrentUserFieldsFragment } from '../graphql/generated/graphql';
import { LogoutMutation } from '../features/auth/operations';
import { LanguageSwitch } from './LanguageSwitch';

/** Header links of the form (MON-4): Rejestracja / Dane finansowe / Realizacja. */
const HEADER_LINKS = [
  { to: '/files', key: 'header.registration' },
  { to: '/dashboard', key: 'header.financialData' },
  { to: '/notices', key: 'header.realisation' },
] as const;

const SIDEBAR_LINKS = [
  { to: '/files', key: 'sidebar.debtorFiles', icon: '▤' },
  { to: '/notices', key: 'sidebar.notices', icon: '✉' },
  { to: '/templates', key: 'sidebar.templates', icon: '✎' },
  { to: '/mass-generation', key: 'sidebar.massGeneration', icon: '⇉' },
  { to: '/dictionaries', key: 'sidebar.dictionaries', icon: '☰' },
  { to: '/settings', key: 'sidebar.settings', icon: '⚙' },
  { to: '/legal-rates', key: 'sidebar.legalRates', icon: '%' },
  { to: '/consolidation', key: 'sidebar.consolidation', icon: '⧉' },
  { to: '/sale-places', key: 'sidebar.salePlaces', icon: '⌂' },
  { to: '/statements', key: 'sidebar.statements', icon: '⇄' },
  { to: '/dashboard', key: 'sidebar.dashboard', icon: '◔' },
  { to: '/audit', key: 'sidebar.audit', icon: '⌕' },
] as const;

export function StaffLayout({ user }: { user: CurrentUserFieldsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [logout, { loading }] = useMutation(LogoutMutation);

  async function onLogout() {
    try {
      await logout();
    } catch {
      // the session may already be gone; leave anyway
    }
    await client.clearStore();
    void navigate('/login', { replace: true });
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <NavLink to="/files" className="topbar__brand">
          <span className="logo" aria-hidden="true">
            R
          </span>
          <span className="topbar__product">{t('app.name')}</span>
          <span className="topbar__tagline">{t('app.tagline')}</span>
        </NavLink>
        <nav className="topbar__nav" aria-label={t('header.mainNav')}>
          {HEADER_LINKS.map((l) => (
            <NavLink key={l.to} to={l.to} className="topbar__link">
              {t(l.key)}
            </NavLink>
          ))}
        </nav>
        <div className="topbar__tools">
          <LanguageSwitch />
          <div className="topbar__user" aria-label={t('header.loggedInAs')} role="group">
            <span className="topbar__user-name">{user.name}</span>
            <span className="topbar__user-email">{user.email}</span>
          </div>
          <NavLink to="/security" className="button button--ghost">
            {t('header.security')}
          </NavLink>
          <button type="button" className="button button--ghost" onClick={onLogout} disabled={loading}>
            {t('header.logout')}
          </button>
        </div>
      </header>
      <div className="shell__body">
        <aside className="sidebar">
          <nav aria-label={t('sidebar.label')}>
            <ul className="sidebar__menu">
              {SIDEBAR_LINKS.filter((l) => (l.to !== '/audit' || user.permissions.includes('audit.read')) && (l.to !== '/statements' || user.permissions.includes('statements.manage'))).map((l) => (
                <li key={l.to}>
                  <NavLink to={l.to} className="sidebar__link">
                    <span className="sidebar__icon" aria-hidden="true">
                      {l.icon}
                    </span>
                    {t(l.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <p className="sidebar__footer">{t('app.footer')}</p>
        </aside>
        <main id="main" className="content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
