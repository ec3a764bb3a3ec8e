import { describe, expect, it } from 'vitest';
import { LxdClient, type LxdInstance } from '@/lxd';
import { instancePutWithProfiles, profilesWith, setProfileOnInstances } from './mutations';

describe('profilesWith', () => {
  it('appends a profile once, so it applies last', () => {
    expect(profilesWith(['default'], 'small', 'add')).toEqual(['default', 'small']);
    const same = ['default', 'small'];
    expect(profilesWith(same, 'small', 'add')).toBe(same);
  });

  it('removes a profile, and returns the same list when it was not there', () => {
    expect(profilesWith(['default', 'small'], 'small', 'remove')).toEqual(['default']);
    const same = ['default'];
    expect(profilesWith(same, 'small', 'remove')).toBe(same);
  });
});

const instance = (name: string, profiles: string[]): LxdInstance =>
  ({
    name,
    description: 'keep me',
    architecture: 'x86_64',
    config: { 'volatile.base_image': 'abc', 'limits.cpu': '1' },
    devices: {},
    ephemeral: false,
    stateful: false,
    profiles,
    status: 'Stopped',
  }) as unknown as LxdInstance;

describe('instancePutWithProfiles', () => {
  it('sends the whole writable instance back with the new list, description included', () => {
    expect(instancePutWithProfiles(instance('a', ['default']), ['default', 'x'])).toEqual({
      architecture: 'x86_64',
      config: { 'volatile.base_image': 'abc', 'limits.cpu': '1' },
      devices: {},
      ephemeral: false,
      stateful: false,
      description: 'keep me',
      profiles: ['default', 'x'],
    });
  });
});

/** A fake LXD for instances: GET answers with an ETag, PUT checks If-Match like LXD. */
function fakeLxd(instances: Record<string, LxdInstance>, refuse: Record<string, { status: number; error: string }> = {}) {
  const etags: Record<string, number> = Object.fromEntries(Object.keys(instances).map((name) => [name, 1]));
  const calls: { method: string; name: string; ifMatch?: string; body?: { profiles: string[] } }[] = [];
  let running = 0;
  let peak = 0;
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = new URL(String(input), 'https://lxd.invalid');
    const name = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const method = init?.method ?? 'GET';
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const body = init?.body ? (JSON.parse(String(init.body)) as { profiles: string[] }) : undefined;
    calls.push({ method, name, ifMatch: headers['If-Match'], body });
    running++;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setTimeout(resolve, 1));
    running--;
    const json = (status: number, payload: object, extra: Record<string, string> = {}) =>
      new Response(JSON.stringify(payload), { status, headers: { 'Content-Type': 'application/json', ...extra } });
    const current = instances[name];
    if (!current) return json(404, { type: 'error', error: 'Instance not found', error_code: 404 });
    if (method === 'GET') {
      return json(200, { type: 'sync', status_code: 200, metadata: current }, { ETag: `"${etags[name]}"` });
    }
    const refusal = refuse[name];
    if (refusal) return json(refusal.status, { type: 'error', error: refusal.error, error_code: refusal.status });
    if (headers['If-Match'] !== `"${etags[name]}"`) return json(412, { type: 'error', error: 'Precondition failed', error_code: 412 });
    instances[name] = { ...current, profiles: body?.profiles ?? [] };
    etags[name] = (etags[name] ?? 0) + 1;
    return json(200, { type: 'sync', status_code: 200, metadata: {} });
  };
  return { client: new LxdClient({ id: 'test', baseUrl: '', fetch: fetchImpl }), calls, instances, peak: () => peak };
}

describe('setProfileOnInstances', () => {
  it('GETs each instance, then PUTs its new profile list with that ETag as If-Match', async () => {
    const lxd = fakeLxd({ a: instance('a', ['default']), b: instance('b', ['default', 'x']), c: instance('c', ['default']) });
    const outcomes = await setProfileOnInstances(lxd.client, 'default', { profile: 'x', add: ['a', 'b'], remove: ['c'] });
    expect(outcomes).toEqual([
      { instance: 'a', change: 'add' },
      { instance: 'b', change: 'add', unchanged: true },
      { instance: 'c', change: 'remove', unchanged: true },
    ]);
    expect(lxd.instances.a?.profiles).toEqual(['default', 'x']);
    const put = lxd.calls.find((call) => call.method === 'PUT');
    expect(put).toMatchObject({ name: 'a', ifMatch: '"1"', body: { profiles: ['default', 'x'] } });
    // Nothing is sent for instances already as asked.
    expect(lxd.calls.filter((call) => call.method === 'PUT')).toHaveLength(1);
  });

  it('reports each failure with LXD’s message and carries on with the others', async () => {
    const lxd = fakeLxd(
      { a: instance('a', ['default']), b: instance('b', ['default']), d: instance('d', ['default', 'x']) },
      { b: { status: 400, error: 'Invalid devices: boom' } },
    );
    const progress: number[] = [];
    const outcomes = await setProfileOnInstances(lxd.client, 'default', {
      profile: 'x',
      add: ['a', 'b', 'gone'],
      remove: ['d'],
      onProgress: (done) => progress.push(done),
    });
    expect(outcomes).toEqual([
      { instance: 'a', change: 'add' },
      { instance: 'b', change: 'add', error: 'Invalid devices: boom' },
      { instance: 'gone', change: 'add', error: 'Instance not found' },
      { instance: 'd', change: 'remove' },
    ]);
    expect(lxd.instances.d?.profiles).toEqual(['default']);
    expect(progress.sort()).toEqual([1, 2, 3, 4]);
  });

  it('runs at most six instances at once and ignores a name both added and removed', async () => {
    const names = Array.from({ length: 15 }, (_, index) => `i${index}`);
    const lxd = fakeLxd(Object.fromEntries(names.map((name) => [name, instance(name, ['default'])])));
    const outcomes = await setProfileOnInstances(lxd.client, 'default', { profile: 'x', add: names, remove: ['i0'] });
    expect(outcomes).toHaveLength(14);
    expect(lxd.peak()).toBeLessThanOrEqual(6);
    expect(lxd.peak()).toBeGreaterThan(1);
    expect(lxd.instances.i0?.profiles).toEqual(['default']);
  });
});
