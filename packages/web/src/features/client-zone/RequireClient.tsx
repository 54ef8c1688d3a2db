import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Navigate, useLocation } from 'react-router';
import type { ClientMeFieldsFragment } from '../../graphql/generated/graphql';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { ClientMeQuery } from './operations';

/** Borrower guard of /clientzone/*: renders children with the borrower, or sends to /clientzone/login?next=… */
export function RequireClient({ children }: { children: (me: ClientMeFieldsFragment) => ReactNode }) {
  const location = useLocation();
  const { data, loading, error } = useQuery(ClientMeQuery, { fetchPolicy: 'cache-first' });
  if (loading && !data) {
    return (
      <div className="cz-fullpage">
        <Spinner />
      </div>
    );
  }
  if (error) {
    return (
      <div className="cz-fullpage">
        <QueryError error={error} />
      </div>
    );
  }
  const me = data?.clientMe;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/clientzone/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children(me)}</>;
}
