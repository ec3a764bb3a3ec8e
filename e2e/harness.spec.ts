// Smoke tests of the e2e harness itself: sandbox reachable and trusting both the Node client
// and the browser, instances created by tests are cleaned up.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixtures/state';
import { expect, test } from './fixtures/test';

interface ServerInfo {
  auth: string;
  api_extensions: string[];
}

test.describe('e2e harness', () => {
  test('the Node client and the browser are both trusted by the sandbox', async ({ lxd, page, request }) => {
    const server = await lxd.get<ServerInfo>('/1.0');
    expect(server.auth).toBe('trusted');
    expect(server.api_extensions.length).toBeGreaterThan(0);

    // baseURL is .../ui/; without a built app, any page of the origin will do.
    const appBuilt = existsSync(path.join(ROOT, 'dist', 'index.html'));
    await page.goto(appBuilt ? './' : '/1.0');
    const fromPage = await page.evaluate(async () => {
      const res = await fetch('/1.0');
      return (await res.json()) as { metadata: ServerInfo };
    });
    expect(fromPage.metadata.auth).toBe('trusted');

    const res = await request.get('/1.0');
    expect(res.status()).toBe(200);
    expect(((await res.json()) as { metadata: ServerInfo }).metadata.auth).toBe('trusted');
  });

  test('a container is created, started, stopped promptly and cleaned up', async ({ lxd, cleanup }) => {
    const name = lxd.uniqueName('harness');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true });
    expect(await lxd.instanceStatus(name)).toBe('Running');

    // The busybox image's init must exit on LXD's stop signal, or every stop waits for a timeout.
    const started = Date.now();
    await lxd.stopInstance(name);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await lxd.instanceStatus(name)).toBe('Stopped');
  });

  let leftovers: string[] = [];

  test('cleanup still runs when a test fails (this one fails on purpose)', async ({ lxd }) => {
    test.fail(); // this test fails on purpose; the next one checks what it left behind
    const registered = lxd.uniqueName('fails');
    const unregistered = lxd.uniqueName('fails');
    leftovers = [registered, unregistered];
    await lxd.createInstance(registered, { start: true });
    // Created behind the client's back (as the app would): cleanup finds it by comparing.
    lxd.lxc(['init', 'busybox', unregistered]);
    expect(await lxd.instanceStatus(registered)).toBe('Stopped');
  });

  test('instances of the failed test are gone', async ({ lxd }) => {
    expect(leftovers).toHaveLength(2);
    for (const name of leftovers) expect(await lxd.instanceStatus(name)).toBeNull();
  });
});
