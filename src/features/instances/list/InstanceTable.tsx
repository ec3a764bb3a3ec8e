import { useRef } from 'react';
import { useInstanceMutationSummaries } from '@/api/instances/mutations';
import { useWindowedRows } from '@/components/useWindowedRows';
import type { LxdClient, LxdInstance } from '@/lxd';
import { ReasonTexts, useReasonIds } from '../actions/ReasonTexts';
import { InstanceRow } from './InstanceRow';
import type { InstanceListParams, SortColumn } from './instanceListModel';
import './instanceList.css';

const ROW_HEIGHT = 40;

interface InstanceTableProps {
  client: LxdClient;
  project: string;
  instances: readonly LxdInstance[];
  params: InstanceListParams;
  onSort: (column: SortColumn) => void;
  stale: boolean;
  selected: ReadonlySet<string>;
  onToggle: (name: string) => void;
  onToggleAll: (select: boolean) => void;
  onDelete: (instance: LxdInstance) => void;
}

const COLUMNS: { id: SortColumn | 'select' | 'ipv4' | 'actions'; label: string; sortable: boolean; width?: string }[] = [
  { id: 'select', label: 'Selected', sortable: false, width: '2.5rem' },
  { id: 'name', label: 'Name', sortable: true, width: '18%' },
  { id: 'status', label: 'Status', sortable: true, width: '8rem' },
  { id: 'type', label: 'Type', sortable: true, width: '7.5rem' },
  { id: 'ipv4', label: 'IPv4', sortable: false, width: '8.5rem' },
  { id: 'image', label: 'Image', sortable: true },
  { id: 'created', label: 'Created', sortable: true, width: '11.5rem' },
  { id: 'actions', label: 'Actions', sortable: false, width: '12.5rem' },
];

export function InstanceTable(props: InstanceTableProps) {
  const { client, project, instances, params, onSort, stale, selected, onToggle, onToggleAll, onDelete } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const window = useWindowedRows(scrollRef, instances.length, ROW_HEIGHT);
  const visible = instances.slice(window.start, window.end);
  // One subscription to the mutation cache for the whole table, not one per row.
  const summaries = useInstanceMutationSummaries(project);
  const reasonId = useReasonIds();
  const selectedShown = instances.reduce((count, instance) => count + (selected.has(instance.name) ? 1 : 0), 0);

  return (
    <div className="table-scroll" ref={scrollRef}>
      <ReasonTexts idFor={reasonId} />
      <table className={stale ? 'data-table instance-table is-stale' : 'data-table instance-table'} aria-label="Instances" aria-rowcount={instances.length + 1} data-stale={stale || undefined}>
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
                {column.id === 'select' ? (
                  <input
                    type="checkbox"
                    aria-label="Select all shown instances"
                    checked={instances.length > 0 && selectedShown === instances.length}
                    ref={(element) => {
                      if (element) element.indeterminate = selectedShown > 0 && selectedShown < instances.length;
                    }}
                    onChange={(event) => onToggleAll(event.target.checked)}
                  />
                ) : column.sortable ? (
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
            <InstanceRow
              key={instance.name}
              client={client}
              project={project}
              instance={instance}
              rowIndex={window.start + offset + 2}
              selected={selected.has(instance.name)}
              summary={summaries.get(instance.name)}
              reasonId={reasonId}
              onToggle={onToggle}
              onDelete={onDelete}
            />
          ))}
          {window.padBottom > 0 && <tr className="spacer" aria-hidden="true" style={{ height: window.padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
