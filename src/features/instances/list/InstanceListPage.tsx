import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { useClustered } from '@/api/cluster/useClustered';
import { usePreviewedList } from '@/api/listPreview';
import { useInstanceMutationSummaries } from '@/api/instances/mutations';
import { instanceQueries } from '@/api/instances/queries';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, previewRows, ListFilterSelect, ListToolbar } from '@/components/ListToolbar';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { useListView } from '@/components/useListView';
import { useRowSelection } from '@/components/useRowSelection';
import { paths } from '@/config/paths';
import type { LxdInstance } from '@/lxd';
import { partitionForAction, type BlockReason } from '../actions/instanceActionRules';
import { ReasonTexts, useReasonIds } from '../actions/ReasonTexts';
import {
  LazyBulkActionBar as BulkActionBar,
  LazyCopyDialog as CopyDialog,
  LazyMoveInstanceDialog as MoveInstanceDialog,
  LazyDeleteInstancesDialog as DeleteInstancesDialog,
  LazyPublishDialog as PublishDialog,
  LazyRenameDialog as RenameDialog,
} from '../actions/lazyDialogs';
import { CreateInstanceButton } from '../create/CreateInstanceButton';
import { instanceColumns, instanceListSpec } from './instanceColumns';
import { STATUS_FILTERS, locationOptions } from './instanceListModel';
import { InstanceRowActions, type RowDialogKind } from './InstanceRowActions';
import './instanceList.css';

const ROW_HEIGHT = 40;
const instanceName = (instance: LxdInstance) => instance.name;

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

type OpenDialog = { kind: Exclude<RowDialogKind, 'delete'>; instance: LxdInstance } | { kind: 'delete'; request: DeleteRequest } | null;

const STATUS_OPTIONS = STATUS_FILTERS.map((status) => ({ value: status, label: status }));

export function InstanceListPage() {
  const project = useParams().project ?? 'default';
  const client = useLxdClient();
  const navigate = useNavigate();
  const { query: list, preview } = usePreviewedList({
    client,
    project,
    collection: '/1.0/instances',
    list: instanceQueries.list(client, project),
  });
  // One subscription to the mutation cache for the whole table, not one per row.
  const summaries = useInstanceMutationSummaries(project);
  const clustered = useClustered();
  const columns = useMemo(() => instanceColumns(client, project, summaries, clustered), [client, project, summaries, clustered]);
  const locations = useMemo(() => locationOptions(clustered ? list.data : undefined), [clustered, list.data]);
  const spec = useMemo(() => instanceListSpec(columns), [columns]);
  const view = useListView(list.data, spec);
  const selection = useRowSelection(project, list.data, view.rows, instanceName);
  const reasonId = useReasonIds();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);

  const onOpen = useCallback((kind: RowDialogKind, instance: LxdInstance) => {
    setDialog(kind === 'delete' ? { kind, request: deleteRequest([instance]) } : { kind, instance });
  }, []);
  const actions = useCallback(
    (instance: LxdInstance) => (
      <InstanceRowActions
        project={project}
        instance={instance}
        summary={summaries.get(instance.name)}
        reasonId={reasonId}
        onOpen={onOpen}
        clustered={clustered}
      />
    ),
    [project, summaries, reasonId, onOpen, clustered],
  );

  const table = (rows: readonly LxdInstance[], stale: boolean) => (
    <DataTable
      label="Instances"
      className="instance-table"
      columns={columns}
      rows={rows}
      rowKey={(instance) => instance.name}
      rowProps={(instance) => ({ 'data-instance': instance.name })}
      sort={view.sort}
      selection={{
        selected: selection.keys,
        onToggle: selection.toggle,
        onToggleAll: selection.toggleAll,
        label: (instance) => `Select ${instance.name}`,
        allLabel: 'Select all shown instances',
      }}
      actions={actions}
      actionsWidth="8.75rem"
      windowed={ROW_HEIGHT}
      stale={stale}
      before={<ReasonTexts idFor={reasonId} />}
    />
  );

  return (
    <section className="page" aria-labelledby="instances-title">
      <PageHeader id="instances-title" title="Instances" subtitle={`project ${project}`} actions={<CreateInstanceButton project={project} />} />
      <QueryState
        query={list}
        what="instances"
        preview={previewRows('instances', preview, (rows) => table(rows, false))}
      >
        {(instances, stale) => (
          <>
            <ListToolbar view={view} noun="instances" searches="name, description or image">
              <ListFilterSelect view={view} name="status" label="Status" allLabel="All statuses" options={STATUS_OPTIONS} />
              {clustered && <ListFilterSelect view={view} name="location" label="Location" allLabel="All members" options={locations} />}
            </ListToolbar>
            {selection.selected.length > 0 && (
              <BulkActionBar
                project={project}
                selected={selection.selected}
                onClear={selection.clear}
                onDelete={() => setDialog({ kind: 'delete', request: deleteRequest(selection.selected) })}
              />
            )}
            <ListEmpty
              view={view}
              noun="instances"
              empty={
                <EmptyState title="No instances in this project">
                  <p>
                    Create one with <code>lxc launch &lt;image&gt; &lt;name&gt; --project {project}</code>.
                  </p>
                </EmptyState>
              }
            />
            {view.rows.length > 0 && instances.length > 0 && table(view.rows, stale)}
          </>
        )}
      </QueryState>
      {dialog?.kind === 'delete' && (
        <DeleteInstancesDialog project={project} targets={dialog.request.targets} skipped={dialog.request.skipped} onCancel={close} onDeleted={close} />
      )}
      {dialog?.kind === 'rename' && (
        <RenameDialog
          project={project}
          name={dialog.instance.name}
          onClose={close}
          onRenamed={(newName) => navigate(paths.instance(project, newName))}
        />
      )}
      {dialog?.kind === 'move' && <MoveInstanceDialog project={project} instance={dialog.instance} onClose={close} />}
      {dialog?.kind === 'copy' && <CopyDialog project={project} instance={dialog.instance} onClose={close} />}
      {dialog?.kind === 'publish' && <PublishDialog project={project} name={dialog.instance.name} onClose={close} />}
    </section>
  );
}
