import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { logQueries } from '@/api/logs/queries';
import { ErrorState, errorText } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';

interface LogViewerProps {
  project: string;
  instance: string;
  file: string;
}

/**
 * One log file's text. Instance events (start, stop, ...) refresh it; lines LXC appends while
 * the instance runs come with no event, hence the Refresh button rather than polling.
 */
export function LogViewer({ project, instance, file }: LogViewerProps) {
  const client = useLxdClient();
  const log = useQuery(logQueries.file(client, project, instance, file));
  const [wrap, setWrap] = useState(false);

  let body;
  if (log.isPending) {
    body = <LoadingState label={`Loading ${file}…`} />;
  } else if (log.isError && log.data === undefined) {
    body = <ErrorState title={`Could not read ${file}`} error={log.error} onRetry={() => void log.refetch()} />;
  } else if (log.data === null || log.data.trim() === '') {
    body = (
      <p className="muted" role="status">
        {log.data === null ? `${file} no longer exists.` : `${file} is empty.`}
      </p>
    );
  } else {
    body = (
      <pre
        className={`logs-content${wrap ? ' is-wrapped' : ''}${log.isError ? ' is-stale' : ''}`}
        aria-label={`Contents of ${file}`}
        // Scrollable, so it must be reachable by keyboard.
        tabIndex={0}
      >
        {log.data}
      </pre>
    );
  }

  const lines = typeof log.data === 'string' && log.data !== '' ? log.data.replace(/\n$/, '').split('\n').length : 0;
  return (
    <div className="logs-viewer">
      <div className="logs-toolbar">
        <button data-view="" type="button" className="button" onClick={() => void log.refetch()} disabled={log.isFetching}>
          {log.isFetching ? 'Refreshing…' : 'Refresh'}
        </button>
        <label>
          <input type="checkbox" data-view="" checked={wrap} onChange={(event) => setWrap(event.target.checked)} /> Wrap lines
        </label>
        {log.isError && log.data !== undefined && (
          <span className="field-error" role="alert">
            Could not refresh: {errorText(log.error)}
          </span>
        )}
        <span className="muted">{lines === 1 ? '1 line' : `${lines} lines`}</span>
      </div>
      {body}
    </div>
  );
}
