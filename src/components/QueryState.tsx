import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isLxdError } from '@/lxd';
import { clockTime } from '@/lib/format';
import type { UseQueryResult } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { errorText, ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { useServerConnection } from '@/realtime/connectionStore';

/**
 * Whether data on screen may be out of date (the events socket is down, or the last refresh
 * failed), and the sentence that says so.
 */
export function useStaleness(query: Pick<UseQueryResult, 'isError' | 'error' | 'dataUpdatedAt'>): { stale: boolean; note?: string } {
  const client = useLxdClient();
  const connection = useServerConnection(client.id);
  const disconnected = connection.status === 'offline' || connection.status === 'reconnecting';
  if (!disconnected && !query.isError) return { stale: false };
  const since = clockTime(connection.lastLiveAt ?? query.dataUpdatedAt);
  const cause = query.isError ? `Refresh failed: ${errorText(query.error)}. ` : 'Server unreachable. ';
  return { stale: true, note: `${cause}Showing data from ${since}; it may be out of date.` };
}

/** The note above data that may be out of date. */
export function StaleNote({ note }: { note?: string }) {
  if (!note) return null;
  return (
    <p className="stale-note" role="status">
      {note}
    </p>
  );
}

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** `Loading profiles…` / `Could not load profiles`. */
  what: string;
  /** Renders the data; `stale` marks it as possibly out of date (the note is already shown above). */
  children: (data: T, stale: boolean) => ReactNode;
  /** Replaces the generic error state for some errors (e.g. a 404 that names the missing object). */
  renderError?: (error: unknown) => ReactNode | undefined;
  /** Set when the page shows the stale note itself (e.g. inside its header). */
  hideStaleNote?: boolean;
  /** An object's page: a 404 names the object and links back to its list. */
  notFound?: NotFound;
  /** Shown instead of the loading state while the first load is under way (a list's first screenful). */
  preview?: ReactNode;
}

export interface NotFound {
  /** `Instance “web” not found` */
  title: string;
  /** `There is no instance of that name in project default.` */
  message: string;
  back: { label: string; to: string };
}

/** The object a page is about does not exist (any more): say which, and where to go. */
export function NotFoundState({ title, message, back }: NotFound) {
  return (
    <div className="state state-error" role="alert">
      <h2>{title}</h2>
      <p>
        {message} <Link to={back.to}>{back.label}</Link>
      </p>
    </div>
  );
}

/**
 * The one way a page shows a query: loading; a first load that failed, with LXD's message and
 * Retry; then the data, kept on screen and marked stale when the server is away or a refresh failed.
 */
export function QueryState<T>({ query, what, children, renderError, hideStaleNote, notFound, preview }: QueryStateProps<T>) {
  const staleness = useStaleness(query);
  if (query.isPending) return preview ?? <LoadingState label={`Loading ${what}…`} />;
  if (query.isError && query.data === undefined) {
    if (notFound && isLxdError(query.error) && query.error.isNotFound) return <NotFoundState {...notFound} />;
    return renderError?.(query.error) ?? <ErrorState title={`Could not load ${what}`} error={query.error} onRetry={() => void query.refetch()} />;
  }
  return (
    <>
      {!hideStaleNote && <StaleNote note={staleness.note} />}
      {children(query.data as T, staleness.stale)}
    </>
  );
}
