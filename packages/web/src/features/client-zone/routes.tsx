import { useTranslation } from 'react-i18next';
import { Link, type RouteObject } from 'react-router';

function ClientZoneNotFound() {
  const { t } = useTranslation();
  return (
    <section className="cz-page">
      <h1>{t('clientZone.notFound')}</h1>
      <p>{t('clientZone.notFoundText')}</p>
      <Link to="/clientzone">{t('clientZone.backHome')}</Link>
    </section>
  );
}

/** /clientzone/login: outside the app's Apollo layout (issue 28: the form posts with fetch, Apollo comes after the login). */
export const clientZoneLoginRoute: RouteObject = { path: '/clientzone/login', lazy: () => import('./ClientLoginPage').then((m) => ({ Component: m.ClientLoginPage })) };

/**
 * The borrower part of the app (/clientzone/*): its own layout and guard (cookie raty_cz), independent of the
 * staff RequireAuth. Spread into the router's top level. Every screen is fetched when its route is first matched
 * (issue 28: the login form, the borrower's first screen, loads only its own code).
 */
export const clientZoneRoutes: RouteObject[] = [
  {
    path: '/clientzone',
    lazy: () => import('./ClientZoneShell').then((m) => ({ Component: m.ClientZoneShell })),
    children: [
      { index: true, lazy: () => import('./ClientZoneShell').then((m) => ({ Component: m.Welcome })) },
      { path: 'loans', lazy: () => import('./ClientZoneShell').then((m) => ({ Component: m.Loans })) },
      { path: 'loans/:loanId', lazy: () => import('./LoanPage').then((m) => ({ Component: m.LoanPage })) },
      { path: 'loans/:loanId/pay', lazy: () => import('./PayPage').then((m) => ({ Component: m.PayPage })) },
      { path: 'password', lazy: () => import('./ChangePasswordPage').then((m) => ({ Component: m.ChangePasswordPage })) },
      { path: '*', element: <ClientZoneNotFound /> },
    ],
  },
];

export { clientZoneLoginRedirect } from './paths';
