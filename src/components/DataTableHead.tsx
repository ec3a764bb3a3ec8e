import type { ReactNode } from 'react';

export interface TableColumn {
  key: string;
  label: ReactNode;
  /** CSS width of the column; the column without one takes the rest. */
  width?: string;
  className?: string;
}

/** The column widths and the header row of a `.data-table`, from one list of columns. */
export function DataTableHead({ columns }: { columns: readonly TableColumn[] }) {
  return (
    <>
      <colgroup>
        {columns.map((column) => (
          <col key={column.key} style={column.width ? { width: column.width } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={column.className}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
