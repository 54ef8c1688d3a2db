import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { Context } from './context.js';

/** Apollo hands the same DocumentNode for the same query text (its document cache): visited once per document. */
const seen = new WeakMap<DocumentNode, boolean>();

function usesIntrospection(doc: DocumentNode): boolean {
  const known = seen.get(doc);
  if (known !== undefined) return known;
  const found = visitForIntrospection(doc);
  seen.set(doc, found);
  return found;
}

function visitForIntrospection(doc: DocumentNode): boolean {
  let found = false;
  visit(doc, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * Introspection (and so GraphiQL's schema explorer) only for authenticated staff users and analyst tokens
 * (OWASP GraphQL cheat sheet): anonymous callers, borrowers and partner tokens get UNAUTHENTICATED/FORBIDDEN.
 */
export const introspectionGuard: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (!usesIntrospection(document)) return;
        const a = contextValue.actor;
        // thrown from a plugin hook, an error answers HTTP 500 unless it says otherwise: 401 / 403
        if (!a) throw new GraphQLError('Log in to explore the schema', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        if (a.type === 'STAFF' || (a.type === 'API_TOKEN' && a.role === 'ANALYST')) return;
        throw new GraphQLError('Schema introspection is not available for this account', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
      },
    };
  },
};
