import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { logQueries } from '@/api/logs/queries';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useInstanceRoute } from '@/components/useInstanceRoute';
import { LogViewer } from './LogViewer';
import './logs.css';

/** The instance's log files; the one shown is in the URL (?file=) so it survives a reload. */
export function LogsTab() {
  const { project, name } = useInstanceRoute();
  const client = useLxdClient();
  const files = useQuery(logQueries.list(client, project, name));
  const [params, setParams] = useSearchParams();

  if (files.isPending) return <LoadingState label="Loading log files…" />;
  if (files.isError && !files.data) {
    return <ErrorState title="Could not list the log files" error={files.error} onRetry={() => void files.refetch()} />;
  }
  if (files.data.length === 0) {
    return (
      <EmptyState title="No log files">
        <p className="muted">LXD keeps no logs for {name} yet; they appear once it has been started.</p>
      </EmptyState>
    );
  }
  const requested = params.get('file');
  const selected = requested && files.data.includes(requested) ? requested : (files.data[0] ?? '');

  return (
    <div className="logs">
      <nav aria-label="Log files">
        <ul className="logs-files">
          {files.data.map((file) => (
            <li key={file}>
              <button data-view=""
                type="button"
                className="logs-file"
                aria-current={file === selected}
                onClick={() => setParams({ file }, { replace: true })}
              >
                {file}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <LogViewer key={selected} project={project} instance={name} file={selected} />
    </div>
  );
}
