import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from '../shared/errors/graphqlErrors';
import { notifyUnauthenticated } from './session';

/** Operations whose UNAUTHENTICATED answer is expected and handled by the page itself. */
const NO_REDIRECT_OPERATIONS = new Set(['Login', 'Logout']);

const errorLink = new ErrorLink(({ error, operation }) => {
  if (NO_REDIRECT_OPERATIONS.has(operation.operationName ?? '')) return;
  if (hasErrorCode(error, 'UNAUTHENTICATED')) notifyUnauthenticated();
});

type Connection = { edges: readonly unknown[] } & Record<string, unknown>;

const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

/**
 * Pages under /clientzone act as the borrower: the header tells the server to use the borrower session (cookie
 * raty_cz) even when the same browser also holds a staff session.
 */
const zoneLink = new ApolloLink((operation, forward) => {
  if (typeof window !== 'undefined' && window.location.pathname.startsWith('/clientzone')) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'x-raty-zone': 'client' } }));
  }
  return forward(operation);
});

function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([errorLink, zoneLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // Keyset pagination: one list per filter; a page fetched with `after` is appended.
            debtorFiles: {
              keyArgs: ['filter'],
              merge(existing: Connection | undefined, incoming: Connection, { args }) {
                if (!existing || !args?.after) return incoming;
                return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
              },
            },
          },
        },
      },
    }),
  });
}

/** The app's single client (also used by the UNAUTHENTICATED handler to drop cached data). */
export const apolloClient = createApolloClient();
