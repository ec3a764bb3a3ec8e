// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider, queryOptions } from '@tanstack/react-query';
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadWhenShown, useNamedRows, type NamedRow } from './namedList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Item {
  name: string;
}
interface Thing {
  name: string;
  size: number;
}

const items: Item[] = Array.from({ length: 500 }, (_, i) => ({ name: `vol-${i}` }));
const fetched: string[] = [];
/** As a list row reads its object: the raw answer is the LXD envelope, `select` unwraps it. */
const row = (item: Item) =>
  queryOptions({
    queryKey: ['things', 'detail', item.name],
    queryFn: async () => {
      fetched.push(item.name);
      return { data: { name: item.name, size: item.name.length } as Thing };
    },
    select: (answer: { data: Thing }) => answer.data,
  });

let client: QueryClient;
let root: Root;
let last: { rows: NamedRow<Item, Thing>[]; read: number } | undefined;
let renders = 0;

function Probe({ readAll, onRows }: { readAll: boolean; onRows: (rows: typeof last) => void }) {
  const rows = useNamedRows(items, row, readAll);
  // After every commit: what the list shows.
  useEffect(() => onRows(rows));
  return null;
}

const record = (rows: typeof last) => {
  last = rows;
  renders += 1;
};

async function mount(readAll: boolean) {
  await act(async () => {
    root.render(
      <QueryClientProvider client={client}>
        <Probe readAll={readAll} onRows={record} />
      </QueryClientProvider>,
    );
  });
}

describe('useNamedRows', () => {
  beforeEach(() => {
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    root = createRoot(document.createElement('div'));
    fetched.length = 0;
    last = undefined;
    renders = 0;
  });
  afterEach(() => {
    act(() => root.unmount());
    client.clear();
  });

  it('without readAll reads nothing and adds no cache entry per name', async () => {
    await mount(false);
    expect(last?.rows).toHaveLength(500);
    expect(last?.read).toBe(0);
    expect(last?.rows[0]).toMatchObject({ name: 'vol-0', object: undefined, failed: false });
    expect(fetched).toEqual([]);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });

  it('shows what a row read into the cache, through the query’s select, and only re-renders for its own names', async () => {
    await mount(false);
    const before = renders;
    await act(async () => {
      client.setQueryData(['other', 'x'], { data: 1 });
    });
    expect(renders).toBe(before);
    await act(async () => {
      client.setQueryData(row(items[2] as Item).queryKey, { data: { name: 'vol-2', size: 42 } });
    });
    expect(last?.rows[2]?.object).toEqual({ name: 'vol-2', size: 42 });
    expect(last?.read).toBe(1);
    // A failed read (the object deleted meanwhile) keeps the name and says it failed.
    await act(async () => {
      await client
        .fetchQuery({
          queryKey: row(items[3] as Item).queryKey,
          queryFn: () => Promise.reject(new Error('not found')),
        })
        .catch(() => undefined);
    });
    expect(last?.rows[3]).toMatchObject({ name: 'vol-3', object: undefined, failed: true });
    expect(last?.read).toBe(2);
  });

  it('with readAll reads every object', async () => {
    await mount(true);
    await vi.waitFor(() => expect(last?.read).toBe(500));
    expect(new Set(fetched).size).toBe(500);
    expect(last?.rows[499]?.object).toEqual({ name: 'vol-499', size: 7 });
  });

  it('a shown row reads its object once the browser has painted it, not as it is committed', async () => {
    act(() => {
      root.render(
        <QueryClientProvider client={client}>
          <ReadWhenShown query={row(items[1] as Item)} />
          <ReadWhenShown query={row(items[2] as Item)} />
        </QueryClientProvider>,
      );
    });
    expect(fetched).toEqual([]);
    await vi.waitFor(() => expect(fetched).toEqual(['vol-1', 'vol-2']));
  });
});
