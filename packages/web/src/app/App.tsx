import { RouterProvider } from 'react-router/dom';
import { router } from './router';

/** The entry renders only the router: Apollo Client comes with the routes that use it (app/ApolloLayout.tsx, issue 28). */
export function App() {
  return <RouterProvider router={router} />;
}
