import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { useDeleteGroup } from '@/api/cluster/mutations';
import { clusterGroupQueries, clusterMemberQueries } from '@/api/cluster/queries';
import { useServerFeatures } from '@/api/server/useServerFeatures';
import { DataTable, type Column } from '@/components/DataTable';
import { DestroyDialog } from '@/components/DestroyDialog';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, ListToolbar } from '@/components/ListToolbar';
import { QueryState } from '@/components/QueryState';
import { RowMenu } from '@/components/RowMenu';
import { useListView, type ListViewSpec } from '@/components/useListView';
import type { LxdClusterGroup } from '@/lxd';
import { GroupDialog } from './GroupDialog';
import './cluster.css';
import { ActionButton } from '@/components/reasons';

const DEFAULT_GROUP = 'default';

const columns: Column<LxdClusterGroup>[] = [
  { id: 'name', label: 'Name', width: '12rem', className: 'cell-name', sortValue: (group) => group.name, render: (group) => group.name },
  { id: 'description', label: 'Description', hideNarrow: true, sortValue: (group) => group.description, render: (group) => group.description || '—' },
  {
    id: 'members',
    label: 'Members',
    sortValue: (group) => (group.members ?? []).join(', '),
    render: (group) => (group.members ?? []).join(', ') || '—',
  },
];

const spec: ListViewSpec<LxdClusterGroup> = {
  columns,
  defaultSort: 'name',
  rowKey: (group) => group.name,
  text: (group) => [group.name, group.description, ...(group.members ?? [])],
};

type GroupDialogState = { kind: 'create' } | { kind: 'edit' | 'delete'; group: LxdClusterGroup } | null;

/** Cluster groups (`clustering_groups`): create, change members, delete. */
export function GroupsTab() {
  const client = useLxdClient();
  const supported = useServerFeatures().has('clustering_groups');
  const groups = useQuery({ ...clusterGroupQueries.list(client), enabled: supported });
  const members = useQuery(clusterMemberQueries.list(client));
  const memberNames = useMemo(() => (members.data ?? []).map((member) => member.server_name).sort(), [members.data]);
  const view = useListView(groups.data, spec);
  const remove = useDeleteGroup();
  const [dialog, setDialog] = useState<GroupDialogState>(null);
  const close = () => setDialog(null);
  if (!supported) {
    return (
      <EmptyState title="Cluster groups are not available">
        <p>This LXD server lacks the clustering_groups API extension.</p>
      </EmptyState>
    );
  }
  const create = (
    <ActionButton write type="button" className="button button-primary" aria-haspopup="dialog" onClick={() => setDialog({ kind: 'create' })}>
      Create group
    </ActionButton>
  );
  return (
    <>
      <QueryState query={groups} what="the cluster groups">
        {(_all, stale) => (
          <>
            <ListToolbar view={view} noun="groups" searches="name, description or member">
              {create}
            </ListToolbar>
            <ListEmpty view={view} noun="groups" empty={<EmptyState title="No cluster groups">{create}</EmptyState>} />
            {view.rows.length > 0 && (
              <DataTable
                label="Cluster groups"
                columns={columns}
                rows={view.rows}
                rowKey={spec.rowKey}
                sort={view.sort}
                stale={stale}
                actionsWidth="8.5rem"
                rowProps={(group) => ({ 'data-group': group.name })}
                actions={(group) => (
                  <>
                    <ActionButton write type="button" className="button" aria-haspopup="dialog" aria-label={`Edit ${group.name}`} onClick={() => setDialog({ kind: 'edit', group })}>
                      Edit
                    </ActionButton>
                    <RowMenu
                      label={`More actions for ${group.name}`}
                      items={[
                        {
                          label: 'Delete…',
                          ariaLabel: `Delete ${group.name}`,
                          danger: true,
                          opensDialog: true,
                          disabledReason: group.name === DEFAULT_GROUP ? 'The default group cannot be deleted.' : undefined,
                          onSelect: () => setDialog({ kind: 'delete', group }),
                        },
                      ]}
                    />
                  </>
                )}
              />
            )}
          </>
        )}
      </QueryState>
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <GroupDialog group={dialog.kind === 'edit' ? dialog.group : undefined} members={memberNames} onClose={close} />
      )}
      {dialog?.kind === 'delete' && (
        <DestroyDialog
          noun="cluster group"
          names={[dialog.group.name]}
          usedBy={dialog.group.used_by}
          refusal={
            (dialog.group.members ?? []).length > 0
              ? `LXD removes only empty groups: take ${(dialog.group.members ?? []).join(', ')} out of ${dialog.group.name} first.`
              : undefined
          }
          onConfirm={() => remove.mutateAsync(dialog.group.name)}
          onCancel={close}
          onDone={close}
        />
      )}
    </>
  );
}
