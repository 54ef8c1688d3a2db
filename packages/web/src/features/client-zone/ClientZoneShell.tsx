import { Outlet, useOutletContext } from 'react-router';
import type { ClientMeFieldsFragment } from '../../graphql/generated/graphql';
import { ChangePasswordPage } from './ChangePasswordPage';
import { ClientZoneLayout } from './ClientZoneLayout';
import { LoansPage } from './LoansPage';
import { RequireClient } from './RequireClient';
import { WelcomePage } from './WelcomePage';
// the shared kit's strings (app/locales.ts) come with the signed-in client zone, not with its login form
import '../../app/locales';

/** The borrower guard + layout; while the one-time password is not changed, only the change form is shown. */
export function ClientZoneShell() {
  return <RequireClient>{(me) => <ClientZoneLayout me={me}>{me.mustChangePassword ? <ChangePasswordPage forced /> : <Outlet context={me} />}</ClientZoneLayout>}</RequireClient>;
}

function useClientMe(): ClientMeFieldsFragment {
  return useOutletContext<ClientMeFieldsFragment>();
}

export function Welcome() {
  return <WelcomePage me={useClientMe()} />;
}

export function Loans() {
  return <LoansPage me={useClientMe()} />;
}
