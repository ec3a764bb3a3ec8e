import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { fetchStartedAt, noteReadStart, trackFetchStarts } from './fetchStarts';

describe('read starts', () => {
  it('are when a query starts reading, or when a read that waited really asks LXD', async () => {
    const queries = new QueryClient();
    trackFetchStarts(queries);
    let asked = 0;
    const waited = new Promise<void>((resolve) => setTimeout(resolve, 30));
    const read = queries.fetchQuery({
      queryKey: ['names'],
      queryFn: async (context) => {
        await waited;
        noteReadStart(context.client, context.queryKey);
        asked = Date.now();
        return [];
      },
    });
    const query = queries.getQueryCache().find({ queryKey: ['names'], exact: true });
    const started = query && fetchStartedAt(query);
    expect(started).toBeGreaterThan(0);
    await read;
    expect(query && fetchStartedAt(query)).toBeGreaterThanOrEqual(started as number);
    expect(query && fetchStartedAt(query)).toBeLessThanOrEqual(asked);
    expect(asked - (started as number)).toBeGreaterThanOrEqual(25);
    expect((query && fetchStartedAt(query)) as number).toBeGreaterThanOrEqual(asked - 5);
  });
});
