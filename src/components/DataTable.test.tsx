import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';

interface Row {
  name: string;
}

const rows = (count: number): Row[] => Array.from({ length: count }, (_, i) => ({ name: `row-${i}` }));

const rendered = (props: { rows: Row[]; rowHeight?: number; windowFrom?: number; windowed?: number }) =>
  renderToString(
    <DataTable<Row>
      label="Rows"
      columns={[{ id: 'name', label: 'Name', render: (row) => row.name }]}
      rowKey={(row) => row.name}
      rowProps={(row) => ({ 'data-row': row.name })}
      {...props}
    />,
  ).match(/data-row=/g)?.length ?? 0;

describe('DataTable', () => {
  it('with a row height, renders every row of a short list and windows a long one', () => {
    expect(rendered({ rows: rows(100), rowHeight: 40 })).toBe(100);
    expect(rendered({ rows: rows(101), rowHeight: 40 })).toBeLessThan(101);
    expect(rendered({ rows: rows(31), rowHeight: 40, windowFrom: 30 })).toBeLessThan(31);
    expect(rendered({ rows: rows(30), rowHeight: 40, windowFrom: 30 })).toBe(30);
    // `windowed` windows however many rows there are.
    expect(rendered({ rows: rows(20), windowed: 40 })).toBeLessThan(20);
  });
});
