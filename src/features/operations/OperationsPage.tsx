import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { listsOperationsOfAllProjects, operationQueries } from '@/api/operations/queries';
import { isFinished } from '@/api/operations/operationList';
import { serverQueries } from '@/api/server/queries';
import { ErrorState, errorText } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { OperationsTable } from './OperationsTable';
import './operations.css';

/** Running and recent operations of every project, kept live by the operation events. */
export function OperationsPage() {
  const client = useLxdClient();
  const server = useQuery(serverQueries.info(client)).data;
  const allProjects = listsOperationsOfAllProjects(server);
  const list = useQuery({ ...operationQueries.list(client, allProjects), enabled: !!server });

  if (list.isPending) return <LoadingState label="Loading operations…" />;
  if (list.isError && !list.data) {
    return <ErrorState title="Could not load operations" error={list.error} onRetry={() => void list.refetch()} />;
  }
  const { operations, mode, failedProjects } = list.data;
  const running = operations.filter((entry) => !isFinished(entry.operation));
  const recent = operations.filter((entry) => isFinished(entry.operation));

  return (
    <section className="page operations-page" aria-labelledby="operations-title">
      <header className="page-header">
        <h1 id="operations-title">Operations</h1>
        <span className="muted">
          all projects{mode === 'per-project' ? ' (read project by project: this LXD cannot list them at once)' : ''}
        </span>
      </header>
      {list.isError && (
        <p className="stale-note" role="status">
          Refresh failed: {errorText(list.error)}. Showing the last operations read.
        </p>
      )}
      {failedProjects.length > 0 && (
        <p className="stale-note" role="status">
          Not listed:{' '}
          {failedProjects.map((failure) => `project ${failure.project} (${failure.message})`).join('; ')}
        </p>
      )}
      <div className="operations-scroll">
        <h2 className="section-title">Running</h2>
        {running.length === 0 ? (
          <p className="muted">Nothing is running.</p>
        ) : (
          <OperationsTable label="Running operations" operations={running} />
        )}
        <h2 className="section-title">Recent</h2>
        {recent.length === 0 ? (
          <p className="muted">
            No finished operations yet. LXD forgets an operation a few seconds after it ends; this page keeps the ones
            it saw finish.
          </p>
        ) : (
          <OperationsTable label="Recent operations" operations={recent} />
        )}
      </div>
    </section>
  );
}
