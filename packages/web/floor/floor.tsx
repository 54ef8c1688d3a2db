// The SPA-weight floor of issue 28 (bench `spaWeight`): the smallest client zone login this stack can make — React,
// react-dom, react-router (data router, a lazily loaded route as the app's), i18next with react-i18next, and one
// GraphQL mutation sent with fetch — built alone. No app code; not shipped. The app's login sends its mutation the
// same way (packages/web/src/shared/graphqlFetch.ts); Apollo Client comes only after the login.
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

void i18n.use(initReactI18next).init({ lng: 'pl', resources: { pl: { translation: { login: 'Zaloguj' } } } });

const router = createBrowserRouter([{ path: '/', lazy: () => import('./FloorLogin').then((m) => ({ Component: m.FloorLogin })) }]);
createRoot(document.getElementById('root')!).render(<RouterProvider router={router} />);
