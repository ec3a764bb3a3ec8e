import { memo, useRef, useSyncExternalStore, type HTMLAttributes, type ReactNode } from 'react';
import { useWindowedRows } from './useWindowedRows';
import './dataTable.css';

/**
 * One column of a DataTable: how a row's cell renders, and (if sortable) the value it sorts by.
 * Columns are declarations; a list page is its columns plus a query.
 */
/** Width of a column of `formatDate` times (`YYYY-MM-DD HH:MM`): the whole time, cell padding included. */
export const DATE_COLUMN_WIDTH = '10.75rem';

export interface Column<T> {
  id: string;
  /** Header text; also the accessible name of the column. */
  label: string;
  /** Header shown instead of the label (the label stays the accessible name). */
  header?: ReactNode;
  /** CSS width; the columns without one share the rest. */
  width?: string;
  /** Present when the column is sortable. */
  sortValue?: (row: T) => string | number | undefined | null;
  render: (row: T) => ReactNode;
  /** Class of the column's cells (`cell-mono`, `cell-ellipsis` ...). */
  className?: string;
  /** Hidden below 768 px, so name, status and actions stay usable on a phone. */
  hideNarrow?: boolean;
}

export interface DataTableSort {
  column: string;
  dir: 'asc' | 'desc';
  onSort: (column: string) => void;
}

export interface DataTableSelection<T> {
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
  /** Select or clear every row shown (the filtered rows). */
  onToggleAll: (select: boolean) => void;
  /** Accessible name of a row's checkbox, e.g. `Select web-01`. */
  label: (row: T) => string;
  /** What the header checkbox selects, e.g. `Select all shown instances`. */
  allLabel: string;
}

interface DataTableProps<T> {
  /** Accessible name of the table. */
  label: string;
  columns: readonly Column<T>[];
  /** Rows as shown: already filtered and sorted (see `useListView`). */
  rows: readonly T[];
  rowKey: (row: T) => string;
  sort?: DataTableSort;
  selection?: DataTableSelection<T>;
  /** The actions cell of a row: primary actions inline, the rest in a `RowMenu`. */
  actions?: (row: T) => ReactNode;
  actionsWidth?: string;
  /** Extra attributes of a row (`data-*` for tests, a class). */
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | undefined>;
  /** Fixed row height in px: only the rows in view are rendered, however many rows there are. */
  windowed?: number;
  /**
   * Fixed row height in px of a list that may be long: windowed (as `windowed`) once there are
   * more than `windowFrom` rows (100); a short list renders every row.
   */
  rowHeight?: number;
  windowFrom?: number;
  /** Marks the rows as possibly out of date (offline, failed refresh). */
  stale?: boolean;
  compact?: boolean;
  className?: string;
  /** Rendered before the table inside its scroll box (e.g. hidden texts that disabled buttons point at). */
  before?: ReactNode;
  /** A row shown first, outside sorting and windowing (e.g. the parent folder); gets the full width. */
  leadingRow?: (span: number) => ReactNode;
}

const sortState = (sort: DataTableSort | undefined, column: string) =>
  sort?.column === column ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined;

/**
 * A semantic table: sortable headers (buttons, `aria-sort`), an optional selection column, an
 * actions column, and windowing for long lists (only rows in view are in the DOM; `aria-rowcount`
 * and `aria-rowindex` keep the real positions for assistive technology).
 */
const NARROW = '(max-width: 767px)';

function subscribeNarrow(onChange: () => void) {
  const query = window.matchMedia?.(NARROW);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** Whether the screen is narrow enough for `hideNarrow` columns to be hidden (the CSS's breakpoint). */
function useNarrow(): boolean {
  return useSyncExternalStore(subscribeNarrow, () => window.matchMedia?.(NARROW).matches ?? false, () => false);
}

export function DataTable<T>(props: DataTableProps<T>) {
  const narrow = useNarrow();
  const { label, columns, rows, rowKey, sort, selection, actions, actionsWidth = '8rem', rowHeight, windowFrom = 100, stale, compact } = props;
  const windowed = props.windowed ?? (rowHeight !== undefined && rows.length > windowFrom ? rowHeight : undefined);
  const scrollRef = useRef<HTMLDivElement>(null);
  const window = useWindowedRows(scrollRef, rows.length, windowed ?? 1, 8, windowed !== undefined);
  const shown = windowed ? rows.slice(window.start, window.end) : rows;
  const offset = windowed ? window.start : 0;
  const selectedShown = selection ? rows.reduce((count, row) => count + (selection.selected.has(rowKey(row)) ? 1 : 0), 0) : 0;
  const classes = ['data-table', compact ? 'compact' : '', stale ? 'is-stale' : '', props.className ?? ''].filter(Boolean).join(' ');
  const span = columns.length + (selection ? 1 : 0) + (actions ? 1 : 0);

  return (
    <div className="table-scroll" ref={scrollRef}>
      {props.before}
      <table className={classes} aria-label={label} aria-rowcount={rows.length + 1} data-stale={stale || undefined}>
        <colgroup>
          {selection && <col className="col-select" />}
          {columns.map((column) => (
            <col
              key={column.id}
              className={`col-${column.id}${column.hideNarrow ? ' hide-narrow' : ''}${column.className?.split(' ').includes('cell-name') ? ' is-name' : ''}`}
              style={column.width ? { width: column.width } : undefined}
            />
          ))}
          {actions && <col className="col-actions" style={{ width: actionsWidth }} />}
        </colgroup>
        {/* Sorting and selecting change nothing: read-only mode leaves them on. */}
        <thead data-view="">
          <tr aria-rowindex={1}>
            {selection && (
              <th scope="col" className="cell-select">
                <input
                  type="checkbox"
                  aria-label={selection.allLabel}
                  checked={rows.length > 0 && selectedShown === rows.length}
                  ref={(element) => {
                    if (element) element.indeterminate = selectedShown > 0 && selectedShown < rows.length;
                  }}
                  onChange={(event) => selection.onToggleAll(event.target.checked)}
                />
              </th>
            )}
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={column.hideNarrow ? 'hide-narrow' : undefined}
                aria-sort={column.sortValue ? sortState(sort, column.id) : undefined}
              >
                {column.sortValue && sort ? (
                  <button type="button" className="sort-button" onClick={() => sort.onSort(column.id)}>
                    {column.header ?? column.label}
                    <span className="sort-mark" aria-hidden="true">
                      {sort.column === column.id ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  (column.header ?? column.label)
                )}
              </th>
            ))}
            {actions && (
              <th scope="col" className="cell-actions">
                Actions
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.leadingRow?.(span)}
          {windowed && window.padTop > 0 && <SpacerRow height={window.padTop} span={span} />}
          {shown.map((row, index) => {
            const key = rowKey(row);
            return (
              <DataRow
                key={key}
                row={row}
                rowKey={key}
                index={offset + index + 2}
                columns={columns}
                selection={selection}
                selected={selection?.selected.has(key) ?? false}
                actions={actions}
                rowProps={props.rowProps}
                height={windowed}
                narrow={narrow}
              />
            );
          })}
          {windowed && window.padBottom > 0 && <SpacerRow height={window.padBottom} span={span} />}
        </tbody>
      </table>
    </div>
  );
}

function SpacerRow({ height, span }: { height: number; span: number }) {
  return (
    <tr className="spacer" aria-hidden="true" style={{ height }}>
      <td colSpan={span} />
    </tr>
  );
}

interface DataRowProps<T> {
  row: T;
  rowKey: string;
  index: number;
  columns: readonly Column<T>[];
  selection: DataTableSelection<T> | undefined;
  selected: boolean;
  actions: ((row: T) => ReactNode) | undefined;
  rowProps: DataTableProps<T>['rowProps'];
  height: number | undefined;
  /** Below 768 px: `hideNarrow` cells stay empty (CSS hides them), so what they would read is not read. */
  narrow: boolean;
}

/** Re-renders only when its row object, its selection or the column declarations change. */
const DataRow = memo(function DataRow<T>({ row, rowKey, index, columns, selection, selected, actions, rowProps, height, narrow }: DataRowProps<T>) {
  const extra = rowProps?.(row) ?? {};
  const className = [extra.className, selected ? 'is-selected' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <tr {...extra} aria-rowindex={index} className={className} style={height ? { height } : undefined}>
      {selection && (
        <td className="cell-select">
          <input type="checkbox" checked={selected} onChange={() => selection.onToggle(rowKey)} aria-label={selection.label(row)} data-view="" />
        </td>
      )}
      {columns.map((column) => (
        <td key={column.id} className={[column.className, column.hideNarrow ? 'hide-narrow' : ''].filter(Boolean).join(' ') || undefined}>
          {narrow && column.hideNarrow ? null : column.render(row)}
        </td>
      ))}
      {actions && (
        <td className="cell-actions">
          <div className="row-actions">{actions(row)}</div>
        </td>
      )}
    </tr>
  );
}) as <T>(props: DataRowProps<T>) => ReactNode;
