import { useRef } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '@/components/StatusBadge';
import { paths } from '@/config/paths';
import { useWindowedRows } from '@/components/useWindowedRows';
import type { LxdClient, LxdInstance } from '@/lxd';
import { InstanceIpv4Cell } from './InstanceIpv4Cell';
import { formatDate, imageDescription, type InstanceListParams, type SortColumn } from './instanceListModel';

const ROW_HEIGHT = 40;

interface InstanceTableProps {
  client: LxdClient;
  instances: readonly LxdInstance[];
  params: InstanceListParams;
  onSort: (column: SortColumn) => void;
  stale: boolean;
}

const COLUMNS: { id: SortColumn | 'ipv4'; label: string; sortable: boolean; width?: string }[] = [
  { id: 'name', label: 'Name', sortable: true, width: '22%' },
  { id: 'status', label: 'Status', sortable: true, width: '8.5rem' },
  { id: 'type', label: 'Type', sortable: true, width: '7.5rem' },
  { id: 'ipv4', label: 'IPv4', sortable: false, width: '10rem' },
  { id: 'image', label: 'Image', sortable: true },
  { id: 'created', label: 'Created', sortable: true, width: '12rem' },
];

export function InstanceTable({ client, instances, params, onSort, stale }: InstanceTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const window = useWindowedRows(scrollRef, instances.length, ROW_HEIGHT);
  const visible = instances.slice(window.start, window.end);

  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className={stale ? 'data-table is-stale' : 'data-table'} aria-label="Instances" aria-rowcount={instances.length + 1} data-stale={stale || undefined}>
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column.id} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => (
              <th
                key={column.id}
                scope="col"
                aria-sort={params.sort === column.id ? (params.dir === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {column.sortable ? (
                  <button type="button" className="sort-button" onClick={() => onSort(column.id as SortColumn)}>
                    {column.label}
                    <span className="sort-mark" aria-hidden="true">
                      {params.sort === column.id ? (params.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {window.padTop > 0 && <tr className="spacer" aria-hidden="true" style={{ height: window.padTop }} />}
          {visible.map((instance, offset) => (
            <tr key={instance.name} aria-rowindex={window.start + offset + 2} data-instance={instance.name}>
              <td className="cell-name">
                <Link to={paths.instance(instance.project || 'default', instance.name)}>{instance.name}</Link>
              </td>
              <td>
                <StatusBadge status={instance.status} />
              </td>
              <td>{instance.type === 'virtual-machine' ? 'VM' : 'Container'}</td>
              <td className="cell-mono">
                <InstanceIpv4Cell client={client} instance={instance} />
              </td>
              <td className="cell-ellipsis">{imageDescription(instance) || <span className="muted">—</span>}</td>
              <td>{formatDate(instance.created_at)}</td>
            </tr>
          ))}
          {window.padBottom > 0 && <tr className="spacer" aria-hidden="true" style={{ height: window.padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
