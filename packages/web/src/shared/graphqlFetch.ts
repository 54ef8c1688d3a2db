// A GraphQL request with plain fetch, for the screens that must not load Apollo Client (issue 28, SPA weight: the
// client zone login is the borrower's first screen on a phone; Apollo is loaded after the login). Errors are shaped
// like Apollo's (`errors` of a GraphQL answer, `statusCode` of an HTTP failure), so shared/errors/graphqlErrors.ts
// turns both into the same form messages.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import { print } from 'graphql/language/printer';
import { useCallback, useEffect, useState } from 'react';

/** The GraphQL errors of an answer (code in `extensions.code`, field errors in `extensions.fields`). */
export class GraphqlErrors extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'GraphqlErrors';
  }
}

/** An answer that is not GraphQL (proxy error, 5xx page, …). */
export class GraphqlHttpError extends Error {
  constructor(readonly statusCode: number) {
    super(`HTTP ${statusCode}`);
    this.name = 'GraphqlHttpError';
  }
}

/** Which session the server resolves: the borrower cookie (raty_cz) for the client zone, as app/apollo.ts does. */
type Zone = 'client' | 'staff';

/**
 * POSTs one operation to /graphql and returns its `data`; throws `GraphqlErrors` when the answer has errors,
 * `GraphqlHttpError` when it is not a GraphQL answer, and fetch's TypeError when the network fails.
 */
async function fetchGraphql<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, zone: Zone): Promise<TData> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (zone === 'client') headers['x-raty-zone'] = 'client';
  const response = await fetch('/graphql', { method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify({ query: print(document), variables }) });
  let body: { data?: TData | null; errors?: GraphQLFormattedError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphqlHttpError(response.status);
  }
  if (body.errors?.length) throw new GraphqlErrors(body.errors);
  if (!body.data) throw new GraphqlHttpError(response.status);
  return body.data;
}

type OperationState<TData> = { loading: boolean; error: unknown; data: TData | undefined };
const IDLE: OperationState<never> = { loading: false, error: undefined, data: undefined };

/** `useMutation` without Apollo: `[run, { loading, error, data, reset }]`; `run` rejects with the error it shows. */
export function useFetchMutation<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, zone: Zone) {
  const [state, setState] = useState<OperationState<TData>>(IDLE);
  const run = useCallback(
    async (variables: TVariables): Promise<TData> => {
      setState({ loading: true, error: undefined, data: undefined });
      try {
        const data = await fetchGraphql(document, variables, zone);
        setState({ loading: false, error: undefined, data });
        return data;
      } catch (error) {
        setState({ loading: false, error, data: undefined });
        throw error;
      }
    },
    [document, zone],
  );
  const reset = useCallback(() => setState(IDLE), []);
  return [run, { ...state, reset }] as const;
}

/** A query without variables run once on mount, without Apollo: `{ loading, error, data }`. */
export function useFetchQuery<TData>(document: TypedDocumentNode<TData, Record<string, never>>, zone: Zone): OperationState<TData> {
  const [state, setState] = useState<OperationState<TData>>({ ...IDLE, loading: true });
  useEffect(() => {
    let current = true;
    fetchGraphql(document, {}, zone).then(
      (data) => current && setState({ loading: false, error: undefined, data }),
      (error: unknown) => current && setState({ loading: false, error, data: undefined }),
    );
    return () => {
      current = false;
    };
  }, [document, zone]);
  return state;
}
