import { useMemo, type ReactNode } from 'react';
import { formatDate, isUnsetTime } from '@/lib/format';
import { DataTable, type Column } from './DataTable';
import { RowMenu, type RowMenuItem } from './RowMenu';

/** Snapshots and backups (of instances and, later, of volumes): a name, when made, when it expires. */
export interface ExpiringItem {
  name: string;
  created_at: string;
  expires_at?: string | null;
}

interface ExpiringItemsTableProps<T extends ExpiringItem> {
  /** Accessible name of the table: `Snapshots of web-01`. */
  label: string;
  items: readonly T[];
  /** Row attribute naming the item, for tests and styling: `data-snapshot`. */
  rowAttribute: `data-${string}`;
  /** Columns after Expires (e.g. what a backup contains). */
  extraColumns?: readonly Column<T>[];
  /** Replaces the name cell (e.g. an inline rename form). */
  renderName?: (item: T) => ReactNode;
  /** The row's primary action, inline (Restore, Download). */
  primary?: (item: T) => ReactNode;
  /** The rest, in the row's menu (Rename, Delete). */
  menu: (item: T) => readonly RowMenuItem[];
  actionsWidth?: string;
  rowClass?: (item: T) => string | undefined;
}

/** The shared table of snapshots and backups: the same columns, primary action inline, the rest in a menu. */
export function ExpiringItemsTable<T extends ExpiringItem>(props: ExpiringItemsTableProps<T>) {
  const { label, items, rowAttribute, extraColumns = [], renderName, primary, menu, actionsWidth = '10rem', rowClass } = props;
  const columns = useMemo<Column<T>[]>(
    () => [
      { id: 'name', label: 'Name', className: 'cell-name', render: (item) => renderName?.(item) ?? item.name },
      { id: 'created', label: 'Created', width: '10rem', hideNarrow: true, render: (item) => formatDate(item.created_at) },
      { id: 'expires', label: 'Expires', width: '10rem', hideNarrow: true, render: (item) => (isUnsetTime(item.expires_at) ? 'Never' : formatDate(item.expires_at)) },
      ...extraColumns,
    ],
    [extraColumns, renderName],
  );
  return (
    <DataTable
      label={label}
      compact
      columns={columns}
      rows={items}
      rowKey={(item) => item.name}
      rowProps={(item) => ({ [rowAttribute]: item.name, className: rowClass?.(item) })}
      actionsWidth={actionsWidth}
      actions={(item) => (
        <>
          {primary?.(item)}
          <RowMenu label={`More actions for ${item.name}`} items={menu(item)} />
        </>
      )}
    />
  );
}
