import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError } from '../api/http';
import { useMe } from '../api/queries';
import { ErrorView, Loading } from '../components/States';
import { sameSitePath } from '../lib/sameSitePath';

/** Pages need a signed-in user; without one the sign-in page comes first, then back here. */
export function RequireUser({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading what="your account" />;
  if (me.error instanceof ApiError && me.error.status === 401) {
    const next = encodeURIComponent(sameSitePath(location.pathname + location.search, '/'));
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (me.error) return <ErrorView error={me.error} what="your account" onRetry={() => void me.refetch()} />;
  return <>{children}</>;
}
