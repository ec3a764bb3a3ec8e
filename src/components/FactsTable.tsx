import type { ReactNode } from 'react';

export interface FactsColumn {
  label: string;
  /** Class of the column's cells (`cell-mono` ...). */
  className?: string;
}

interface FactsTableProps {
  /** Accessible name of the table. */
  label: string;
  columns: readonly FactsColumn[];
  /** One entry per row: a stable key and a cell per column. */
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  /** Shown instead of the table when there are no rows (a sentence, or a row spanning the table). */
  empty?: ReactNode;
  /** `table` puts `empty` in a row of the table (keeps its header); the default replaces the table. */
  emptyIn?: 'table';
  className?: string;
}

/**
 * A small read-only table of facts (config keys, devices, interfaces): every row on screen, no
 * sorting or actions; for lists of objects use DataTable.
 */
export function FactsTable({ label, columns, rows, empty, emptyIn, className }: FactsTableProps) {
  if (rows.length === 0 && empty !== undefined && emptyIn !== 'table') return <>{empty}</>;
  return (
    <table className={['data-table compact', className].filter(Boolean).join(' ')} aria-label={label}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty !== undefined && (
          <tr>
            <td colSpan={columns.length} className="muted">
              {empty}
            </td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, index) => (
              <td key={columns[index]?.label ?? index} className={columns[index]?.className}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One fact of an overview's `<dl className="facts">`: a term and its value. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
