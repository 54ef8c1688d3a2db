import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { SecurityPage } from '../features/auth/SecurityPage';
import { AuditPage } from '../features/audit/AuditPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ClientZoneAccessPanel } from '../features/client-zone-access/ClientZoneAccessPanel';
import { ContractPanel } from '../features/contracts/ContractPanel';
import { DebtorFilePage } from '../features/debtor-file/DebtorFilePage';
import { DictionariesPage } from '../features/dictionaries/DictionariesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { LegalRatesPage } from '../features/legal-rates/LegalRatesPage';
import { DuplicatesPage } from '../features/contracts/DuplicatesPage';
import { SalePlacesPage } from '../features/contracts/SalePlacesPage';
import { StatementPage, StatementQueuePage, StatementsPage } from '../features/statements/StatementsPages';
import { DebtorFileSearchPage } from '../features/debtor-files/DebtorFileSearchPage';
import { MassGenerationPage } from '../features/mass-generation/MassGenerationPage';
import { NewNoticePage, NoticeDetailsPage } from '../features/notices/NoticePage';
import { RegistryPage } from '../features/notices/RegistryPage';
import { SoftCollectionTab } from '../features/notices/SoftCollectionTab';
import { TemplatesPage } from '../features/templates/TemplatesPage';
import { clientZoneLoginRedirect, clientZoneRoutes } from '../features/client-zone/routes';
import { apolloClient } from './apollo';
import { NotFoundPage } from './pages';
import { setUnauthenticatedHandler } from './session';
import { StaffLayout } from './StaffLayout';

// Header links (MON-4): Registration → debtor files, Financial data → dashboard, Realisation → notices registry.
const headerSections = [
  { path: 'registration', to: '/files' },
  { path: 'financial-data', to: '/dashboard' },
  { path: 'realisation', to: '/notices' },
];

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  ...clientZoneRoutes, // /clientzone/* — borrowers: own layout and guard (cookie raty_cz)
  {
    path: '/',
    element: <RequireAuth>{(user) => <StaffLayout user={user} />}</RequireAuth>,
    children: [
      { index: true, element: <Navigate to="/files" replace /> },
      { path: 'files', element: <DebtorFileSearchPage /> },
      {
        path: 'files/:id',
        // the debtor file shows panels of two other features: composed here, so features stay independent
        element: (
          <DebtorFilePage
            clientZoneAccess={(loanId) => <ClientZoneAccessPanel loanId={loanId} />}
            contract={(loanId) => <ContractPanel loanId={loanId} />}
            softCollection={(fileId) => <SoftCollectionTab fileId={fileId} />}
          />
        ),
      },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'dictionaries', element: <DictionariesPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'security', element: <SecurityPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'legal-rates', element: <LegalRatesPage /> },
      { path: 'consolidation', element: <DuplicatesPage /> },
      { path: 'sale-places', element: <SalePlacesPage /> },
      { path: 'statements', element: <StatementsPage /> },
      { path: 'statements/queue', element: <StatementQueuePage /> },
      { path: 'statements/:id', element: <StatementPage /> },
      { path: 'notices', element: <RegistryPage /> },
      { path: 'notices/new', element: <NewNoticePage /> },
      { path: 'notices/:id', element: <NoticeDetailsPage /> },
      { path: 'templates', element: <TemplatesPage /> },
      { path: 'mass-generation', element: <MassGenerationPage /> },
      ...headerSections.map((p) => ({ path: p.path, element: <Navigate to={p.to} replace /> })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

// UNAUTHENTICATED from any operation (expired session) → login, coming back here afterwards.
setUnauthenticatedHandler(() => {
  const { pathname, search } = router.state.location;
  if (pathname === '/login') return;
  if (pathname.startsWith('/clientzone')) {
    // borrowers go back to the client zone login, not the staff one
    const to = clientZoneLoginRedirect(pathname, search);
    if (to) void apolloClient.clearStore().then(() => router.navigate(to, { replace: true }));
    return;
  }
  void apolloClient.clearStore();
  const next = encodeURIComponent(`${pathname}${search}`);
  void router.navigate(`/login?next=${next}&expired=1`, { replace: true });
});
