import { Link } from 'react-router';
import type { InstanceMutationSummary } from '@/api/instances/mutations';
import { DATE_COLUMN_WIDTH, type Column } from '@/components/DataTable';
import type { ListViewSpec } from '@/components/useListView';
import { StatusBadge } from '@/components/StatusBadge';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import type { LxdClient, LxdInstance } from '@/lxd';
import { PENDING_LABEL } from '../actions/instanceActionRules';
import { InstanceIpv4Cell } from './InstanceIpv4Cell';
import { imageDescription } from './instanceListModel';

/** Sorting, filter text and the status filter of the instance list. */
export function instanceListSpec(columns: readonly Column<LxdInstance>[]): ListViewSpec<LxdInstance> {
  return {
    columns,
    defaultSort: 'name',
    rowKey: (instance) => instance.name,
    text: (instance) => [instance.name, instance.description, imageDescription(instance)],
    filters: {
      status: (instance, status) => instance.status === status,
      location: (instance, location) => instance.location === location,
    },
  };
}

/** The instance list's columns; the status cell shows the action under way from this page. */
export function instanceColumns(
  client: LxdClient,
  project: string,
  summaries: ReadonlyMap<string, InstanceMutationSummary>,
  clustered = false,
): Column<LxdInstance>[] {
  const columns: Column<LxdInstance>[] = [
    {
      id: 'name',
      label: 'Name',
      width: '18%',
      className: 'cell-name',
      sortValue: (instance) => instance.name,
      render: (instance) => <Link to={paths.instance(instance.project || project, instance.name)}>{instance.name}</Link>,
    },
    {
      id: 'status',
      label: 'Status',
      width: '8rem',
      sortValue: (instance) => instance.status,
      render: (instance) => {
        const pending = summaries.get(instance.name)?.pending;
        return pending ? (
          <span className="badge badge-busy" data-pending={pending}>
            {PENDING_LABEL[pending]}
          </span>
        ) : (
          <StatusBadge status={instance.status} />
        );
      },
    },
    {
      id: 'type',
      label: 'Type',
      width: '7rem',
      hideNarrow: true,
      sortValue: (instance) => instance.type,
      render: (instance) => (instance.type === 'virtual-machine' ? 'VM' : 'Container'),
    },
    {
      id: 'ipv4',
      label: 'IPv4',
      width: '8.5rem',
      hideNarrow: true,
      className: 'cell-mono',
      render: (instance) => <InstanceIpv4Cell client={client} instance={instance} />,
    },
    {
      id: 'image',
      label: 'Image',
      hideNarrow: true,
      className: 'cell-ellipsis',
      sortValue: imageDescription,
      render: (instance) => imageDescription(instance) || <span className="muted">—</span>,
    },
    {
      id: 'created',
      label: 'Created',
      width: DATE_COLUMN_WIDTH,
      hideNarrow: true,
      sortValue: (instance) => Date.parse(instance.created_at) || 0,
      render: (instance) => formatDate(instance.created_at),
    },
  ];
  if (!clustered) return columns;
  // On a cluster, the member that holds the instance, after its status.
  columns.splice(2, 0, {
    id: 'location',
    label: 'Location',
    width: '8rem',
    sortValue: (instance) => instance.location,
    render: (instance) => instance.location || <span className="muted">—</span>,
  });
  return columns;
}
