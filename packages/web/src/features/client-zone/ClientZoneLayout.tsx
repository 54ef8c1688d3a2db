import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import type { ClientMeFieldsFragment } from '../../graphql/generated/graphql';
import { ClientLogoutMutation } from './operations';
import './clientZone.css';
import './locales';

/** Logs the borrower out (cookie raty_cz), drops cached data and goes to the client zone login. */
function useClientLogout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(ClientLogoutMutation);
  async function run() {
    try {
      await logout();
    } catch {
      // the session may already be gone; leave anyway
    }
    await client.clearStore();
    void navigate('/clientzone/login?loggedOut=1', { replace: true });
  }
  return { logout: run, loading };
}

/** The PESEL in the top right opens "Zmiana hasła" / "Wyloguj" (CZ-9). */
function UserMenu({ me, canChangePassword }: { me: ClientMeFieldsFragment; canChangePassword: boolean }) {
  const { t } = useTranslation();
  // open on the page where it was opened: navigating closes it
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const { logout, loading } = useClientLogout();
  const { pathname } = useLocation();
  const open = openOn === pathname;
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpenOn(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpenOn(null);
        ref.current?.querySelector<HTMLButtonElement>('.cz-user__toggle')?.focus();
      }
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="cz-user" ref={ref}>
      <button
        type="button"
        className="cz-user__toggle"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('clientZone.userMenu', { login: me.login })}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <span className="cz-user__login mono">{me.login}</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      <div id={menuId} className="cz-user__menu" hidden={!open} role="group" aria-label={t('clientZone.userMenuLabel')}>
        <p className="cz-user__name">{me.name}</p>
        {canChangePassword ? (
          <Link className="cz-user__item" to="/clientzone/password">
            {t('clientZone.changePassword')}
          </Link>
        ) : null}
        <button type="button" className="cz-user__item" onClick={() => void logout()} disabled={loading}>
          {loading ? t('clientZone.loggingOut') : t('clientZone.logout')}
        </button>
      </div>
    </div>
  );
}

/** Mobile-first shell of the borrower pages: logo, menu (Start / Pożyczki), language, the account menu. */
export function ClientZoneLayout({ me, children }: { me: ClientMeFieldsFragment; children: ReactNode }) {
  const { t } = useTranslation();
  const restricted = me.mustChangePassword;
  return (
    <div className="cz">
      <a className="skip-link" href="#cz-main">
        {t('clientZone.skipToContent')}
      </a>
      <header className="cz-header">
        <div className="cz-header__row">
          <Link to="/clientzone" className="cz-brand">
            <span className="logo" aria-hidden="true">
              R
            </span>
            <span className="cz-brand__text">
              <span className="cz-brand__name">{t('clientZone.title')}</span>
              <span className="cz-brand__tagline">{t('clientZone.tagline')}</span>
            </span>
          </Link>
          <div className="cz-header__tools">
            <LanguageSwitch />
            <UserMenu me={me} canChangePassword={!restricted} />
          </div>
        </div>
        {restricted ? null : (
          <nav className="cz-nav" aria-label={t('clientZone.mainNav')}>
            <NavLink to="/clientzone" end className="cz-nav__link">
              {t('clientZone.navHome')}
            </NavLink>
            <NavLink to="/clientzone/loans" className="cz-nav__link">
              {t('clientZone.navLoans')}
            </NavLink>
          </nav>
        )}
      </header>
      <main id="cz-main" className="cz-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="cz-footer">{t('clientZone.footer')}</footer>
    </div>
  );
}
