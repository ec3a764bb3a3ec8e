import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState, errorText } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import type { LxdInstance } from '@/lxd';
import { useServerConnection } from '@/realtime/connectionStore';
import { DeleteInstancesDialog } from '../actions/DeleteInstancesDialog';
import { partitionForAction, type BlockReason } from '../actions/instanceActionRules';
import { CreateInstanceButton } from '../create/CreateInstanceButton';
import { BulkActionBar } from './BulkActionBar';
import { InstanceListToolbar } from './InstanceListToolbar';
import { InstanceTable } from './InstanceTable';
import { filterAndSortInstances, type SortColumn } from './instanceListModel';
import { useInstanceListParams } from './useInstanceListParams';
import { useInstanceSelection } from './useInstanceSelection';

/** What a delete dialog was opened for; fixed at that moment. */
interface DeleteRequest {
  targets: { name: string }[];
  skipped: { name: string; reason: BlockReason }[];
}

function deleteRequest(instances: readonly LxdInstance[]): DeleteRequest {
  const { apply, skip } = partitionForAction(instances, 'delete');
  return {
    targets: apply.map((instance) => ({ name: instance.name })),
    skipped: skip.map((entry) => ({ name: entry.instance.name, reason: entry.reason })),
  };
}

export function InstanceListPage() {
  const project = useParams().project ?? 'default';
  const client = useLxdClient();
  const [params, setParams] = useInstanceListParams();
  const list = useQuery(instanceQueries.list(client, project));
  const connection = useServerConnection(client.id);

  const rows = useMemo(() => filterAndSortInstances(list.data ?? [], params), [list.data, params]);
  const selection = useInstanceSelection(project, list.data, rows);
  const [deleting, setDeleting] = useState<DeleteRequest | null>(null);
  const onDeleteOne = useCallback((instance: LxdInstance) => setDeleting(deleteRequest([instance])), []);

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
        <div className="page-actions">
          <CreateInstanceButton project={project} />
        </div>
      </header>
      {stale && (
        <p className="stale-note" role="status">
          {list.isError ? `Refresh failed: ${errorText(list.error)}. ` : 'Server unreachable. '}
          Showing data from {new Date(connection.lastLiveAt ?? list.dataUpdatedAt).toLocaleTimeString()}; it may be out of date.
        </p>
      )}
      <InstanceListToolbar params={params} onChange={setParams} shown={rows.length} total={total} />
      {selection.selected.length > 0 && (
        <BulkActionBar
          project={project}
          selected={selection.selected}
          onClear={selection.clear}
          onDelete={() => setDeleting(deleteRequest(selection.selected))}
        />
      )}
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
        <InstanceTable
          client={client}
          project={project}
          instances={rows}
          params={params}
          onSort={onSort}
          stale={stale}
          selected={selection.names}
          onToggle={selection.toggle}
          onToggleAll={selection.toggleAll}
          onDelete={onDeleteOne}
        />
      )}
      {deleting && (
        <DeleteInstancesDialog
          project={project}
          targets={deleting.targets}
          skipped={deleting.skipped}
          onCancel={() => setDeleting(null)}
          onDeleted={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
