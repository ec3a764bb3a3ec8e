import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState } from './ErrorState';

/** Used as each route's errorElement: one page failing leaves the shell and other pages working. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <ErrorState title="Page not found" error={new Error('There is no page at this address.')} />;
  }
  return (
    <ErrorState title="This page failed" error={error} onRetry={() => window.location.reload()} />
  );
}
