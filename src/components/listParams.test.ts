import { describe, expect, it } from 'vitest';
import { filterRows, listParamsToSearch, parseListParams, sortRows } from './listParams';

const spec = { sortable: ['name', 'size'], filters: ['status'] };

describe('list params in the URL', () => {
  it('reads defaults from an empty query', () => {
    expect(parseListParams(new URLSearchParams(), spec)).toEqual({ q: '', sort: 'name', dir: 'asc', filters: { status: '' } });
  });
  it('ignores a sort column the list does not have', () => {
    expect(parseListParams(new URLSearchParams('sort=bogus&dir=desc'), spec)).toMatchObject({ sort: 'name', dir: 'desc' });
  });
  it('writes only what differs from the defaults and keeps foreign parameters', () => {
    const search = listParamsToSearch(
      { q: 'web', sort: 'size', dir: 'desc', filters: { status: 'Running' } },
      spec,
      new URLSearchParams('path=/etc&q=old'),
    );
    expect(search.toString()).toBe('path=%2Fetc&q=web&status=Running&sort=size&dir=desc');
    expect(listParamsToSearch({ q: '', sort: 'name', dir: 'asc', filters: { status: '' } }, spec).toString()).toBe('');
  });
});

describe('sortRows', () => {
  const rows = [
    { name: 'c10', size: 5 },
    { name: 'c2', size: undefined },
    { name: 'c1', size: 5 },
    { name: 'c3', size: 1 },
  ];
  it('sorts naturally by text', () => {
    expect(sortRows(rows, (row) => row.name, 'asc', (row) => row.name).map((row) => row.name)).toEqual(['c1', 'c2', 'c3', 'c10']);
  });
  it('sorts numbers, missing last in both directions, ties by name', () => {
    expect(sortRows(rows, (row) => row.size, 'asc', (row) => row.name).map((row) => row.name)).toEqual(['c3', 'c1', 'c10', 'c2']);
    expect(sortRows(rows, (row) => row.size, 'desc', (row) => row.name).map((row) => row.name)).toEqual(['c1', 'c10', 'c3', 'c2']);
  });
});

describe('filterRows', () => {
  it('matches any of the texts, case-insensitively', () => {
    const rows = [{ name: 'web', description: 'Front' }, { name: 'db', description: '' }];
    expect(filterRows(rows, 'FRO', (row) => [row.name, row.description])).toEqual([rows[0]]);
    expect(filterRows(rows, '  ', (row) => [row.name])).toEqual(rows);
  });
});
