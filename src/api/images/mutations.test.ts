import { describe, expect, it } from 'vitest';
import { LxdClient } from '@/lxd';
import { deleteImages, refreshedOf } from './mutations';

/** A fake LXD that deletes images (sync answers) and refuses the ones told, with LXD's envelope. */
function fakeLxd(refuse: Record<string, string>) {
  const deleted: string[] = [];
  let running = 0;
  let peak = 0;
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = new URL(String(input), 'https://lxd.invalid');
    const fingerprint = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    running++;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setTimeout(resolve, 1));
    running--;
    const json = (status: number, payload: object) => new Response(JSON.stringify(payload), { status, headers: { 'Content-Type': 'application/json' } });
    if (init?.method !== 'DELETE') return json(405, { type: 'error', error: 'method', error_code: 405 });
    const refusal = refuse[fingerprint];
    if (refusal) return json(400, { type: 'error', error: refusal, error_code: 400 });
    deleted.push(`${fingerprint}@${url.searchParams.get('project') ?? ''}`);
    return json(200, { type: 'sync', status_code: 200, metadata: {} });
  };
  return { client: new LxdClient({ id: 'test', baseUrl: '', fetch: fetchImpl }), deleted, peak: () => peak };
}

describe('deleteImages', () => {
  it('deletes each image in the project, six at a time, and reports every refusal with LXD’s message', async () => {
    const fingerprints = Array.from({ length: 14 }, (_, index) => `f${index}`);
    const lxd = fakeLxd({ f3: 'Image is in use', f9: 'Forbidden' });
    const failures = await deleteImages(lxd.client, 'p1', fingerprints);
    expect(failures).toEqual([
      { fingerprint: 'f3', error: 'Image is in use' },
      { fingerprint: 'f9', error: 'Forbidden' },
    ]);
    expect(lxd.deleted.sort()).toEqual(fingerprints.filter((fp) => fp !== 'f3' && fp !== 'f9').map((fp) => `${fp}@p1`).sort());
    expect(lxd.peak()).toBeLessThanOrEqual(6);
    expect(lxd.peak()).toBeGreaterThan(1);
  });
});

describe('refreshedOf', () => {
  it('reads LXD’s `refreshed` from the finished operation', () => {
    expect(refreshedOf({ metadata: { refreshed: true } })).toBe(true);
    expect(refreshedOf({ metadata: { refreshed: false } })).toBe(false);
    expect(refreshedOf({ metadata: null })).toBe(false);
    expect(refreshedOf(undefined)).toBe(false);
  });
});
