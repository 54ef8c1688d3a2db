import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { DebtorFilePage } from '../features/debtor-files/DebtorFilePage';
import { DebtorFileSearchPage } from '../features/debtor-files/DebtorFileSearchPage';
import { apolloClient } from './apollo';
import { ComingSoonPage, NotFoundPage } from './pages';
import { setUnauthenticatedHandler } from './session';
import { StaffLayout } from './StaffLayout';

const placeholders = [
  { path: 'registration', titleKey: 'header.registration' },
  { path: 'financial-data', titleKey: 'header.financialData' },
  { path: 'realisation', titleKey: 'header.realisation' },
  { path: 'notices', titleKey: 'sidebar.notices' },
  { path: 'templates', titleKey: 'sidebar.templates' },
  { path: 'mass-generation', titleKey: 'sidebar.massGeneration' },
  { path: 'dictionaries', titleKey: 'sidebar.dictionaries' },
  { path: 'settings', titleKey: 'sidebar.settings' },
  { path: 'dashboard', titleKey: 'sidebar.dashboard' },
];

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <RequireAuth>{(user) => <StaffLayout user={user} />}</RequireAuth>,
    children: [
      { index: true, element: <Navigate to="/files" replace /> },
      { path: 'files', element: <DebtorFileSearchPage /> },
      { path: 'files/:id', element: <DebtorFilePage /> },
      ...placeholders.map((p) => ({ path: p.path, element: <ComingSoonPage titleKey={p.titleKey} /> })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

// UNAUTHENTICATED from any operation (expired session) → login, coming back here afterwards.
setUnauthenticatedHandler(() => {
  const { pathname, search } = router.state.location;
  if (pathname === '/login') return;
  void apolloClient.clearStore();
  const next = encodeURIComponent(`${pathname}${search}`);
  void router.navigate(`/login?next=${next}&expired=1`, { replace: true });
});
