import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import type { CurrentUserFieldsFragment } from '../graphql/generated/graphql';
import { LogoutMutation } from '../features/auth/operations';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * Header links of the form (MON-4): Rejestracja / Dane finansowe / Realizacja. On a debtor file they open that file's
 * sections (issue #22): its registration data (header: kind, number, loans, parties), its financial data (receivables)
 * and the realisation of its repayments (payments). Elsewhere: the register of files, the portfolio figures, and the
 * posting of received payments (bank statements; for users who may not see those, the notices' settlement registry).
 */
function headerLinks(pathname: string, search: string, statements: boolean) {
  const file = /^\/files\/([^/]+)$/.exec(pathname)?.[1];
  if (file) {
    const base = `/files/${file}`;
    const tab = new URLSearchParams(search).get('tab') ?? 'receivables';
    return [
      { to: `${base}${search}#file-registration`, key: 'header.registration', current: false, hint: 'header.registrationHint' },
      { to: `${base}?tab=receivables`, key: 'header.financialData', current: tab === 'receivables', hint: 'header.financialDataHint' },
      { to: `${base}?tab=payments`, key: 'header.realisation', current: tab === 'payments', hint: 'header.realisationHint' },
    ];
  }
  return [
    { to: '/files', key: 'header.registration', current: pathname === '/files', hint: 'header.registrationHintAll' },
    { to: '/dashboard', key: 'header.financialData', current: pathname === '/dashboard', hint: 'header.financialDataHintAll' },
    statements
      ? { to: '/statements', key: 'header.realisation', current: pathname.startsWith('/statements'), hint: 'header.realisationHintAll' }
      : { to: '/notices', key: 'header.realisation', current: pathname === '/notices', hint: 'header.realisationHintNotices' },
  ];
}

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
  const location = useLocation();

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
          {headerLinks(location.pathname, location.search, user.permissions.includes('statements.manage')).map((l) => (
            <Link key={l.key} to={l.to} className={l.current ? 'topbar__link active' : 'topbar__link'} aria-current={l.current ? 'page' : undefined} title={t(l.hint)}>
              {t(l.key)}
            </Link>
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
