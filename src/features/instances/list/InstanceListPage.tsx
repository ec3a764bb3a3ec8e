import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState, errorText } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useServerConnection } from '@/realtime/connectionStore';
import { InstanceListToolbar } from './InstanceListToolbar';
import { InstanceTable } from './InstanceTable';
import { filterAndSortInstances, type SortColumn } from './instanceListModel';
import { useInstanceListParams } from './useInstanceListParams';

export function InstanceListPage() {
  const project = useParams().project ?? 'default';
  const client = useLxdClient();
  const [params, setParams] = useInstanceListParams();
  const list = useQuery(instanceQueries.list(client, project));
  const connection = useServerConnection(client.id);

  const rows = useMemo(() => filterAndSortInstances(list.data ?? [], params), [list.data, params]);

  const onSort = (column: SortColumn) =>
    setParams({ sort: column, dir: params.sort === column && params.dir === 'asc' ? 'desc' : 'asc' });

  if (list.isPending) return <LoadingState label="Loading instances…" />;
  if (list.isError && !list.data) {
    return <ErrorState title="Could not load instances" error={list.error} onRetry={() => void list.refetch()} />;
  }

  const disconnected = connection.status === 'offline' || connection.status === 'reconnecting';
  const stale = disconnected || list.isError;
  const total = list.data.length;

  return (
    <section className="page" aria-labelledby="instances-title">
      <header className="page-header">
        <h1 id="instances-title">Instances</h1>
        <span className="muted">project {project}</span>
      </header>
      {stale && (
        <p className="stale-note" role="status">
          {list.isError ? `Refresh failed: ${errorText(list.error)}. ` : 'Server unreachable. '}
          Showing data from {new Date(connection.lastLiveAt ?? list.dataUpdatedAt).toLocaleTimeString()}; it may be out of date.
        </p>
      )}
      <InstanceListToolbar params={params} onChange={setParams} shown={rows.length} total={total} />
      {total === 0 ? (
        <EmptyState title="No instances in this project">
          <p>
            Create one with <code>lxc launch &lt;image&gt; &lt;name&gt; --project {project}</code>.
          </p>
        </EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState title="No instances match">
          <button type="button" className="button" onClick={() => setParams({ q: '', status: '' })}>
            Clear filters
          </button>
        </EmptyState>
      ) : (
        <InstanceTable client={client} instances={rows} params={params} onSort={onSort} stale={stale} />
      )}
    </section>
  );
}
