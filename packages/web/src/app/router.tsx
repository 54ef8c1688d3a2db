import { createBrowserRouter, Navigate } from 'react-router';
import { clientZoneLoginRedirect, clientZoneLoginRoute, clientZoneRoutes } from '../features/client-zone/routes';
import { NotFoundPage } from './pages';
import { setUnauthenticatedHandler } from './session';

// Header links (MON-4): Registration → debtor files, Financial data → dashboard, Realisation → notices registry.
const headerSections = [
  { path: 'registration', to: '/files' },
  { path: 'financial-data', to: '/dashboard' },
  { path: 'realisation', to: '/notices' },
];

export const router = createBrowserRouter([
  // Route-level code splitting (issue 28): every screen's module is fetched when its route is first matched, so the
  // staff login and the client zone load only their own code (sizes: docs/performance.md "SPA weight").
  clientZoneLoginRoute, // /clientzone/login — without Apollo Client (the borrower's first screen, often on a phone)
  {
    // every other screen: Apollo Client is loaded with the layout, in parallel with the screen's own module
    lazy: () => import('./ApolloLayout').then((m) => ({ Component: m.ApolloLayout })),
    children: [
      { path: '/login', lazy: () => import('../features/auth/LoginPage').then((m) => ({ Component: m.LoginPage })) },
      ...clientZoneRoutes, // /clientzone/* — borrowers: own layout and guard (cookie raty_cz)
      {
        path: '/',
        lazy: async () => {
          // every feature's strings come with the staff area (app/locales.ts), not with the login screens
          const [{ RequireAuth }, { StaffLayout }] = await Promise.all([import('../features/auth/RequireAuth'), import('./StaffLayout'), import('./locales')]);
          return { element: <RequireAuth>{(user) => <StaffLayout user={user} />}</RequireAuth> };
        },
        children: [
          { index: true, element: <Navigate to="/files" replace /> },
          { path: 'files', lazy: () => import('../features/debtor-files/DebtorFileSearchPage').then((m) => ({ Component: m.DebtorFileSearchPage })) },
          {
            path: 'files/:id',
            // the debtor file shows panels of two other features: composed here, so features stay independent
            lazy: async () => {
              const [{ DebtorFilePage }, { ClientZoneAccessPanel }, { ContractPanel }, { SoftCollectionTab }, { ForbearancePanel }] = await Promise.all([
                import('../features/debtor-file/DebtorFilePage'),
                import('../features/client-zone-access/ClientZoneAccessPanel'),
                import('../features/contracts/ContractPanel'),
                import('../features/notices/SoftCollectionTab'),
                import('../features/forbearance/ForbearancePanel'),
              ]);
              return {
                element: (
                  <DebtorFilePage
                    clientZoneAccess={(loanId) => <ClientZoneAccessPanel loanId={loanId} />}
                    contract={(loanId) => <ContractPanel loanId={loanId} />}
                    softCollection={(fileId) => <SoftCollectionTab fileId={fileId} />}
                    forbearance={(loanId) => <ForbearancePanel loanId={loanId} />}
                  />
                ),
              };
            },
          },
          { path: 'dashboard', lazy: () => import('../features/dashboard/DashboardPage').then((m) => ({ Component: m.DashboardPage })) },
          { path: 'dictionaries', lazy: () => import('../features/dictionaries/DictionariesPage').then((m) => ({ Component: m.DictionariesPage })) },
          { path: 'settings', lazy: () => import('../features/settings/SettingsPage').then((m) => ({ Component: m.SettingsPage })) },
          { path: 'security', lazy: () => import('../features/auth/SecurityPage').then((m) => ({ Component: m.SecurityPage })) },
          { path: 'audit', lazy: () => import('../features/audit/AuditPage').then((m) => ({ Component: m.AuditPage })) },
          { path: 'legal-rates', lazy: () => import('../features/legal-rates/LegalRatesPage').then((m) => ({ Component: m.LegalRatesPage })) },
          { path: 'consolidation', lazy: () => import('../features/contracts/DuplicatesPage').then((m) => ({ Component: m.DuplicatesPage })) },
          { path: 'sale-places', lazy: () => import('../features/contracts/SalePlacesPage').then((m) => ({ Component: m.SalePlacesPage })) },
          { path: 'statements', lazy: () => import('../features/statements/StatementsPages').then((m) => ({ Component: m.StatementsPage })) },
          { path: 'statements/refunds', lazy: () => import('../features/statements/RefundsPages').then((m) => ({ Component: m.RefundsPage })) },
          { path: 'statements/queue', lazy: () => import('../features/statements/StatementsPages').then((m) => ({ Component: m.StatementQueuePage })) },
          { path: 'statements/:id', lazy: () => import('../features/statements/StatementsPages').then((m) => ({ Component: m.StatementPage })) },
          { path: 'notices', lazy: () => import('../features/notices/RegistryPage').then((m) => ({ Component: m.RegistryPage })) },
          { path: 'notices/new', lazy: () => import('../features/notices/NoticePage').then((m) => ({ Component: m.NewNoticePage })) },
          { path: 'notices/:id', lazy: () => import('../features/notices/NoticePage').then((m) => ({ Component: m.NoticeDetailsPage })) },
          { path: 'templates', lazy: () => import('../features/templates/TemplatesPage').then((m) => ({ Component: m.TemplatesPage })) },
          { path: 'mass-generation', lazy: () => import('../features/mass-generation/MassGenerationPage').then((m) => ({ Component: m.MassGenerationPage })) },
          ...headerSections.map((p) => ({ path: p.path, element: <Navigate to={p.to} replace /> })),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

/** Drops Apollo's cached data; Apollo is loaded already whenever an operation reports UNAUTHENTICATED. */
const clearApolloStore = () => import('./apollo').then(({ apolloClient }) => apolloClient.clearStore());

// UNAUTHENTICATED from any operation (expired session) → login, coming back here afterwards.
setUnauthenticatedHandler(() => {
  const { pathname, search } = router.state.location;
  if (pathname === '/login') return;
  if (pathname.startsWith('/clientzone')) {
    // borrowers go back to the client zone login, not the staff one
    const to = clientZoneLoginRedirect(pathname, search);
    if (to) void clearApolloStore().then(() => router.navigate(to, { replace: true }));
    return;
  }
  void clearApolloStore();
  const next = encodeURIComponent(`${pathname}${search}`);
  void router.navigate(`/login?next=${next}&expired=1`, { replace: true });
});
