import { describe, expect, it } from 'vitest';
import type { LxdInstance, LxdInstanceState } from '@/lxd';
import { parseListParams, type ListParams } from '@/components/listParams';
import { applyListView } from '@/components/useListView';
import type { LxdClient } from '@/lxd';
import { instanceColumns, instanceListSpec } from './instanceColumns';
import { ipv4Addresses } from './instanceListModel';

const spec = instanceListSpec(instanceColumns({ id: 'test' } as LxdClient, 'default', new Map()));
const base: ListParams = { q: '', sort: 'name', dir: 'asc', filters: { status: '' } };
const filterAndSortInstances = (rows: readonly LxdInstance[], params: Partial<ListParams> & { status?: string }) =>
  applyListView(rows, spec, { ...base, ...params, filters: { status: params.status ?? '' } });

function make(name: string, status: string, created: string, image = 'Busybox 1.35'): LxdInstance {
  return {
    name,
    status,
    created_at: created,
    description: '',
    type: 'container',
    config: { 'image.description': image },
  } as unknown as LxdInstance;
}

const instances = [
  make('web-10', 'Running', '2026-01-03T00:00:00Z'),
  make('web-2', 'Stopped', '2026-01-01T00:00:00Z'),
  make('db', 'Running', '2026-01-02T00:00:00Z', 'Alpine 3.20'),
];

describe('filterAndSortInstances', () => {
  it('sorts names naturally (web-2 before web-10)', () => {
    expect(filterAndSortInstances(instances, base).map((i) => i.name)).toEqual(['db', 'web-2', 'web-10']);
  });

  it('sorts by creation date, descending', () => {
    const rows = filterAndSortInstances(instances, { ...base, sort: 'created', dir: 'desc' });
    expect(rows.map((i) => i.name)).toEqual(['web-10', 'db', 'web-2']);
  });

  it('filters by text across name and image, and by status', () => {
    expect(filterAndSortInstances(instances, { ...base, q: 'ALPINE' }).map((i) => i.name)).toEqual(['db']);
    expect(filterAndSortInstances(instances, { ...base, q: 'web', status: 'Running' }).map((i) => i.name)).toEqual([
      'web-10',
    ]);
  });

  it('does not reorder its input', () => {
    const copy = [...instances];
    filterAndSortInstances(instances, { ...base, sort: 'created' });
    expect(instances).toEqual(copy);
  });
});

describe('list params in the URL', () => {
  it('ignores unknown sort columns', () => {
    expect(parseListParams(new URLSearchParams('sort=evil&dir=sideways'), { sortable: ['name', 'status'], filters: ['status'] })).toEqual(base);
  });
});

describe('ipv4Addresses', () => {
  it('returns global IPv4 addresses, skipping loopback and IPv6', () => {
    const state = {
      network: {
        lo: { type: 'loopback', addresses: [{ family: 'inet', address: '127.0.0.1', scope: 'local', netmask: '8' }] },
        eth0: {
          type: 'broadcast',
          addresses: [
            { family: 'inet', address: '198.51.100.7', scope: 'global', netmask: '24' },
            { family: 'inet6', address: 'fe80::1', scope: 'link', netmask: '64' },
          ],
        },
      },
    } as unknown as LxdInstanceState;
    expect(ipv4Addresses(state)).toEqual(['198.51.100.7']);
    expect(ipv4Addresses(undefined)).toEqual([]);
  });
});
