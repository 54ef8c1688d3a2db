import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Navigate, useLocation } from 'react-router';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { MeQuery } from '../../shared/session';
import { setBusinessDate } from '../../shared/businessDate';
import type { CurrentUserFieldsFragment } from '../../graphql/generated/graphql';

/** Renders children with the signed-in user, or sends the visitor to /login?next=… */
export function RequireAuth({ children }: { children: (user: CurrentUserFieldsFragment) => ReactNode }) {
  const location = useLocation();
  const { data, loading, error } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  if (loading && !data) {
    return (
      <div className="fullpage-center">
        <Spinner />
      </div>
    );
  }
  if (error) {
    return (
      <div className="fullpage-center">
        <QueryError error={error} />
      </div>
    );
  }
  const me = data?.me;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  setBusinessDate(me.businessDate);
  return <>{children(me)}</>;
}
