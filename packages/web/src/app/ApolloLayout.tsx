import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { apolloClient } from './apollo';

/**
 * Every route but the client zone login renders under this layout: Apollo Client (about 50 kB gzip with graphql and
 * rxjs) is loaded with the first such route, not by the entry, so the borrower's first screen on a phone does not
 * carry it (issue 28, SPA weight; the login uses shared/graphqlFetch.ts).
 */
export function ApolloLayout() {
  return (
    <ApolloProvider client={apolloClient}>
      <Outlet />
    </ApolloProvider>
  );
}
