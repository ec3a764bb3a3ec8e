import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { expect as baseExpect, test, type Cleanup, type LxdClient } from './fixtures/test';

// Pages are lazily loaded chunks and LXD answers slowly while other suites share the machine.
const expect = baseExpect.configure({ timeout: 30_000 });

/**
 * How the walk recognises a write control: every button, menu item, form field and editable
 * element on the page is one, unless the kit marks it (or a part of the page around it) as a
 * view control with `data-view` (filters, sorting, selection, tabs' links, Retry, Refresh, Copy,
 * Download, the top bar). So a control nobody classified counts as a write and must be disabled.
 */
async function enabledWriteControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, input, select, textarea, [role="menuitem"], [contenteditable="true"]';
    const describe = (element: Element) => {
      const label =
        element.getAttribute('aria-label') ??
        (element as HTMLInputElement).labels?.[0]?.textContent ??
        element.getAttribute('placeholder') ??
        element.textContent ??
        '';
      return `<${element.tagName.toLowerCase()}${element.getAttribute('type') ? ` type=${element.getAttribute('type')}` : ''}> ${label.replace(/\s+/g, ' ').trim().slice(0, 60)}`;
    };
    return [...document.querySelectorAll(selector)]
      .filter((element) => {
        if (element.closest('[data-view]')) return false;
        if (element.matches(':disabled') || element.getAttribute('aria-disabled') === 'true') return false;
        if (element.matches('[readonly]') || element.getAttribute('contenteditable') === 'false') return false;
        if (element.matches('input[type="hidden"]')) return false;
        // Only what the user can see and reach.
        return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
      })
      .map(describe);
  });
}

/** Waits until the page has rendered its content: a heading in the main area and nothing loading. */
async function settled(page: Page) {
  // A page's title, or the heading of its error state (a cluster member on a standalone server).
  await expect(page.locator('main h1:visible, main h2:visible').first()).toBeVisible();
  await expect(page.locator('main .state-loading')).toHaveCount(0);
}

interface Fixture {
  instance: string;
  profile: string;
  network: string;
  acl: string;
  volume: string;
  image: string;
  server: string;
}

/** Objects for the routes with a parameter, uniquely named, removed after the test. */
async function makeObjects(lxd: LxdClient, cleanup: Cleanup): Promise<Fixture> {
  const instance = lxd.uniqueName('ro-c');
  const profile = lxd.uniqueName('ro-p');
  const network = lxd.uniqueName('ro');
  const acl = lxd.uniqueName('ro-acl');
  const volume = lxd.uniqueName('ro-v');
  cleanup.instance(instance);
  cleanup.add(async () => {
    await lxd.request('DELETE', `/1.0/profiles/${profile}`);
    await lxd.request('DELETE', `/1.0/storage-pools/default/volumes/custom/${volume}`);
    await lxd.request('DELETE', `/1.0/network-acls/${acl}`);
    await lxd.request('DELETE', `/1.0/networks/${network}`);
  });
  await lxd.post('/1.0/profiles', { name: profile, description: 'read-only walk', config: { 'limits.cpu': '1' }, devices: {} });
  await lxd.post('/1.0/networks', { name: network, type: 'bridge', description: 'read-only walk', config: { 'ipv4.address': 'none', 'ipv6.address': 'none' } });
  await lxd.post('/1.0/network-acls', {
    name: acl,
    description: 'read-only walk',
    ingress: [{ action: 'allow', state: 'enabled', protocol: 'tcp', destination_port: '80' }],
    egress: [],
  });
  await lxd.post('/1.0/storage-pools/default/volumes/custom', { name: volume, description: 'read-only walk', config: {} });
  await lxd.post(`/1.0/storage-pools/default/volumes/custom/${volume}/snapshots`, { name: 'snap0' });
  await lxd.createInstance(instance, { start: true });
  await lxd.post(`/1.0/instances/${instance}/snapshots`, { name: 'snap0' });
  // The sandbox's own busybox image: read, never changed.
  const alias = await lxd.get<{ target: string }>('/1.0/images/aliases/busybox');
  const server = await lxd.get<{ environment: { server_name: string } }>('/1.0');
  return { instance, profile, network, acl, volume, image: alias.target, server: server.environment.server_name };
}

/** Every route of src/app/router.tsx, parameters filled with the objects made for the walk. */
function routes(o: Fixture): string[] {
  const p = '/project/default';
  return [
    `${p}/instances`,
    `${p}/instances/create`,
    ...['', '/configuration', '/snapshots', '/backups', '/logs', '/terminal', '/console', '/files', '/storage'].map((tab) => `${p}/instance/${o.instance}${tab}`),
    `${p}/operations`,
    `${p}/profiles`,
    `${p}/profiles/create`,
    `${p}/profile/${o.profile}`,
    `${p}/profile/${o.profile}/configuration`,
    `${p}/images`,
    `${p}/images/import`,
    ...['', '/configuration', '/aliases'].map((tab) => `${p}/image/${o.image}${tab}`),
    `${p}/networks`,
    `${p}/networks/create`,
    ...['', '/configuration', '/leases', '/forwards', '/peers'].map((tab) => `${p}/network/${o.network}${tab}`),
    `${p}/network-acls`,
    `${p}/network-acls/create`,
    `${p}/network-acl/${o.acl}`,
    `${p}/network-acl/${o.acl}/log`,
    `${p}/storage`,
    `${p}/storage/volumes`,
    ...['', '/volumes', '/configuration'].map((tab) => `${p}/storage/pool/default${tab}`),
    ...['', '/configuration', '/snapshots', '/backups'].map((tab) => `${p}/storage/pool/default/volume/custom/${o.volume}${tab}`),
    `${p}/settings`,
    '/projects',
    '/projects/create',
    '/image-servers',
    '/image-server/images',
    ...['', '/resources', '/settings', '/certificates', '/warnings'].map((tab) => `/server${tab}`),
    '/servers',
    '/cluster',
    '/cluster/groups',
    `/cluster/member/${o.server}`,
  ];
}

/** Requests to LXD that change something, as the browser sent them. */
function recordWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/1.0') && !['GET', 'HEAD', 'OPTIONS'].includes(request.method())) writes.push(`${request.method()} ${url.pathname}`);
  });
  page.on('console', (message) => {
    // The client's guard names every write a missed control tried to send.
    if (message.text().startsWith('read-only mode: refused')) writes.push(message.text());
  });
  return writes;
}

test.describe('read-only mode', () => {
  test.describe.configure({ timeout: 300_000 });

  test('a walk over every route finds no enabled write control and sends no write', async ({ page, lxd, cleanup }) => {
    const objects = await makeObjects(lxd, cleanup);
    const writes = recordWrites(page);
    const all = routes(objects);
    // Loaded once with ?readonly=1 before the hash; every later route is an in-app hash navigation.
    await page.goto(`?readonly=1#${all[0]}`);
    const badge = page.locator('.read-only-badge');
    let writeControls = 0;
    let menusChecked = 0;
    const found: string[] = [];
    for (const route of all) {
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, route);
      await settled(page);
      await expect(badge, route).toHaveText('Read-only');
      expect(new URL(page.url()).search, `${route} keeps ?readonly=1`).toBe('?readonly=1');
      for (const control of await enabledWriteControls(page)) found.push(`${route}: ${control}`);
      writeControls += await page.locator('main [data-write]').count();
      // A row's menu: every item that changes something is listed disabled with the reason.
      const menuButton = page.locator('main .row-menu-button').first();
      if (await menuButton.isVisible()) {
        await menuButton.click();
        const menu = page.getByRole('menu');
        await expect(menu).toBeVisible();
        for (const control of await enabledWriteControls(page)) found.push(`${route} (row menu): ${control}`);
        await expect(menu.locator('[role="menuitem"][aria-disabled="true"]').first()).toContainText('read-only mode');
        menusChecked += 1;
        await page.keyboard.press('Escape');
        await expect(menu).toBeHidden();
      }
    }
    expect(found).toEqual([]);
    // The walk did meet write controls, so the check above was not vacuous.
    expect(writeControls).toBeGreaterThan(40);
    expect(menusChecked).toBeGreaterThan(3);

    // What the user sees: the reason, the terminal not opened, the YAML editor not editable.
    await page.evaluate(() => {
      window.location.hash = '/project/default/profiles';
    });
    await expect(page.getByRole('button', { name: 'Create profile' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Create profile' })).toHaveAttribute('title', 'read-only mode');
    await page.evaluate((name) => {
      window.location.hash = `/project/default/instance/${name}/terminal`;
    }, objects.instance);
    await expect(page.getByRole('note')).toContainText('no terminal is opened');
    await expect(page.locator('.xterm')).toHaveCount(0);
    await page.evaluate((name) => {
      window.location.hash = `/project/default/profile/${name}/configuration`;
    }, objects.profile);
    await expect(page.locator('#config-yaml[contenteditable="false"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(writes).toEqual([]);
  });

  test('read-only pages pass axe; the setting turns the mode on and off; the parameter after the # moves before it', async ({ page, lxd, cleanup }) => {
    const profile = lxd.uniqueName('ro-ax');
    cleanup.add(() => lxd.request('DELETE', `/1.0/profiles/${profile}`));
    await lxd.post('/1.0/profiles', { name: profile, description: 'read-only axe', config: {}, devices: {} });
    const writes = recordWrites(page);

    // Given after the hash, the parameter moves before it, where navigation keeps it.
    await page.goto(`#/project/default/instances?readonly=1`);
    await settled(page);
    await expect(page.locator('.read-only-badge')).toBeVisible();
    expect(new URL(page.url()).search).toBe('?readonly=1');
    expect(new URL(page.url()).hash).toBe('#/project/default/instances');
    await expect(page.getByRole('button', { name: 'Create instance' })).toBeDisabled();
    await expectNoAxeViolations(page);
    await page.evaluate((name) => {
      window.location.hash = `/project/default/profile/${name}/configuration`;
    }, profile);
    await settled(page);
    await expect(page.getByRole('note').first()).toContainText('not changed');
    await expectNoAxeViolations(page);
    await page.evaluate(() => {
      window.location.hash = '/server';
    });
    // The address wins over the setting: the box says so and cannot turn it off.
    const box = page.getByRole('checkbox', { name: 'Read-only mode' });
    await expect(box).toBeChecked();
    await expect(box).toBeDisabled();
    await expectNoAxeViolations(page);

    // Without the parameter, the setting (kept in this browser) turns the mode on and off.
    await page.goto('#/server');
    await expect(page.locator('.read-only-badge')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Read-only mode' }).check();
    await expect(page.locator('.read-only-badge')).toHaveText('Read-only');
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Read-only mode' })).toBeChecked();
    await page.evaluate(() => {
      window.location.hash = '/project/default/profiles';
    });
    await expect(page.getByRole('button', { name: 'Create profile' })).toBeDisabled();
    await expect(page.getByRole('row', { name: new RegExp(profile) })).toBeVisible();
    await page.getByRole('button', { name: `More actions for ${profile}` }).click();
    await expect(page.getByRole('menuitem', { name: `Delete ${profile}` })).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Escape');

    await page.evaluate(() => {
      window.location.hash = '/server';
    });
    await page.getByRole('checkbox', { name: 'Read-only mode' }).uncheck();
    await expect(page.locator('.read-only-badge')).toHaveCount(0);
    await page.evaluate(() => {
      window.location.hash = '/project/default/profiles';
    });
    // Off again: the control is back, a link to the create page.
    await expect(page.getByRole('link', { name: 'Create profile' })).toBeVisible();
    await page.getByRole('button', { name: `More actions for ${profile}` }).click();
    await expect(page.getByRole('menuitem', { name: `Delete ${profile}` })).not.toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Escape');
    expect(writes).toEqual([]);
  });
});
