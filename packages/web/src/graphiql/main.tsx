// Bundled GraphiQL 5 (no CDN): served by the server at /graphiql from dist/graphiql.html.
// Monaco's editor/json/graphql workers are bundled by Vite (./setupWorkers.ts).
import './setupWorkers';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { cookbookTabs } from './cookbook';

const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  // the staff session cookie (or an analyst's token header set in the Headers tab) authenticates
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
});

const DEFAULT_QUERY = `# Raty GraphQL API — e.g. the first debtor files:
query FirstFiles {
  me { name roles }
  debtorFiles(first: 5) {
    totalCount
    edges {
      node {
        displayNumber
        receivableKind { code name }
        parties { role party { displayName } }
      }
    }
  }
}
`;

const root = document.getElementById('graphiql');
if (!root) throw new Error('#graphiql element missing in graphiql.html');

createRoot(root).render(
  <StrictMode>
    {/* the first tab, then every question of the analysts' cookbook (docs/analytics.md) as a saved tab; GraphiQL keeps
        the user's own tabs in localStorage once edited */}
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultTabs={[{ query: DEFAULT_QUERY }, ...cookbookTabs()]} />
  </StrictMode>,
);
