import { useTranslation } from 'react-i18next';
import { Link, Outlet, useOutletContext, type RouteObject } from 'react-router';
import type { ClientMeFieldsFragment } from '../../graphql/generated/graphql';
import { ChangePasswordPage } from './ChangePasswordPage';
import { ClientLoginPage } from './ClientLoginPage';
import { ClientZoneLayout } from './ClientZoneLayout';
import { LoanPage } from './LoanPage';
import { LoansPage } from './LoansPage';
import { PayPage } from './PayPage';
import { RequireClient } from './RequireClient';
import { WelcomePage } from './WelcomePage';

/** The borrower guard + layout; while the one-time password is not changed, only the change form is shown. */
function ClientZoneShell() {
  return <RequireClient>{(me) => <ClientZoneLayout me={me}>{me.mustChangePassword ? <ChangePasswordPage forced /> : <Outlet context={me} />}</ClientZoneLayout>}</RequireClient>;
}

function useClientMe(): ClientMeFieldsFragment {
  return useOutletContext<ClientMeFieldsFragment>();
}

function Welcome() {
  return <WelcomePage me={useClientMe()} />;
}

function Loans() {
  return <LoansPage me={useClientMe()} />;
}

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

/**
 * The borrower part of the app (/clientzone/*): its own layout and guard (cookie raty_cz), independent of the
 * staff RequireAuth. Spread into the router's top level.
 */
export const clientZoneRoutes: RouteObject[] = [
  { path: '/clientzone/login', element: <ClientLoginPage /> },
  {
    path: '/clientzone',
    element: <ClientZoneShell />,
    children: [
      { index: true, element: <Welcome /> },
      { path: 'loans', element: <Loans /> },
      { path: 'loans/:loanId', element: <LoanPage /> },
      { path: 'loans/:loanId/pay', element: <PayPage /> },
      { path: 'password', element: <ChangePasswordPage /> },
      { path: '*', element: <ClientZoneNotFound /> },
    ],
  },
];

export { clientZoneLoginRedirect } from './paths';
