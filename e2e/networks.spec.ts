import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { expect as baseExpect, test, type Cleanup, type LxdClient } from './fixtures/test';

// Pages are lazily loaded chunks and LXD answers slowly while other suites share the machine.
const expect = baseExpect.configure({ timeout: 30_000 });

const networkPath = (name: string) => `/1.0/networks/${encodeURIComponent(name)}`;
// The network rule: test bridges never get an address.
const NO_ADDRESSES = { 'ipv4.address': 'none', 'ipv6.address': 'none' };

/** A fresh network name (≤ 15 characters), deleted after the test whether or not the test made it. */
function networkName(lxd: LxdClient, cleanup: Cleanup, prefix: string): string {
  const name = lxd.uniqueName(prefix);
  cleanup.add(async () => {
    const res = await lxd.request('DELETE', networkPath(name));
    if (res.status >= 400 && res.status !== 404) throw new Error(`deleting network ${name}: ${res.status} ${res.body.error}`);
  });
  return name;
}

async function bridge(lxd: LxdClient, cleanup: Cleanup, prefix: string, description = ''): Promise<string> {
  const name = networkName(lxd, cleanup, prefix);
  await lxd.post('/1.0/networks', { name, type: 'bridge', description, config: NO_ADDRESSES });
  return name;
}

/** Instances are deleted by the cleanup fixture after the custom steps; networks they use must wait. */
async function instanceOn(lxd: LxdClient, cleanup: Cleanup, name: string, devices: Record<string, Record<string, string>> = {}) {
  cleanup.add(() => lxd.deleteInstance(name));
  await lxd.createInstance(name, { profiles: ['default'], devices });
}

/**
 * A host interface for a macvlan to sit on: a dummy one, or where the kernel has no dummy driver
 * (`Unknown device type`), one end of a veth pair (deleting it removes both ends).
 */
function hostInterface(name: string) {
  try {
    execFileSync('ip', ['link', 'add', name, 'type', 'dummy'], { stdio: 'pipe' });
  } catch {
    execFileSync('ip', ['link', 'add', name, 'type', 'veth', 'peer', 'name', `${name}p`], { stdio: 'pipe' });
  }
}

const yamlValue = (page: Page, id: string) => page.locator(`#${id}-value`);

test.describe('networks', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the managed networks show before LXD has listed the host’s interfaces, then the whole list', async ({ page, lxd, cleanup }) => {
    // The names wait for the events socket (read before it opened they would be read twice), the
    // projects do not: their `used_by` names the managed networks, the list's first group.
    const name = await bridge(lxd, cleanup, 'np', '<b>first</b>');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/1\.0\/networks\?project=default$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('#/project/default/networks');
    const row = page.locator(`tr[data-network="${name}"]`);
    await expect(row).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'loading the whole list' })).toBeVisible();
    // The host's interfaces are not known yet, nor is the list filtered.
    await expect(page.getByRole('table', { name: 'Host interfaces' })).toHaveCount(0);
    await expect(page.getByText('Listing the host’s interfaces…')).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Filter networks' })).toHaveCount(0);
    // The row reads its network meanwhile: its description, as text.
    await expect(row).toContainText('<b>first</b>');
    await expectNoAxeViolations(page);
    release();
    await expect(page.getByRole('table', { name: 'Host interfaces' })).toBeVisible();
    await expect(page.getByText('Listing the host’s interfaces…')).toHaveCount(0);
    await expect(page.getByRole('searchbox', { name: 'Filter networks' })).toBeVisible();
    await expect(row).toContainText('<b>first</b>');
  });

  test('create a bridge with the form (addresses checked, LXD’s refusal in place), edit, rename and delete it', async ({ page, lxd, cleanup }) => {
    const name = networkName(lxd, cleanup, 'nb');
    const renamed = networkName(lxd, cleanup, 'nr');
    await page.goto('#/project/default/networks');
    await expect(page.getByRole('table', { name: 'Host interfaces' })).toBeVisible();
    await expect(page).toHaveTitle('Networks · lxdeck');
    await expectNoAxeViolations(page);
    // The loopback interface in its group, found with the filter: the host may have many interfaces
    // (every running container adds one), and a long group only draws the rows in its view.
    await page.getByRole('searchbox', { name: 'Filter networks' }).fill('lo');
    await expect(page.getByRole('table', { name: 'Host interfaces' }).getByRole('row', { name: /^lo / })).toBeVisible();

    await page.getByRole('link', { name: 'Create network' }).click();
    await expect(page.getByRole('heading', { name: 'Create network', level: 1 })).toBeVisible();
    const nameBox = page.getByRole('textbox', { name: 'Name' });
    await nameBox.fill('a-name-longer-than-15');
    await expect(page.getByText('Network interface is too long (maximum 15 characters)')).toBeVisible();
    await nameBox.fill(name);
    await page.getByRole('textbox', { name: 'Description' }).fill('made with the form');
    // Address fields: checked in the form before LXD is asked.
    await page.getByRole('textbox', { name: 'IPv4 address' }).fill('198.51.100.1');
    await page.getByRole('textbox', { name: 'IPv6 address' }).fill('none');
    await page.getByRole('button', { name: 'Create network' }).click();
    await expect(page.getByText('Use none, auto or an address with its prefix length (CIDR)')).toBeVisible();
    await page.getByRole('textbox', { name: 'IPv4 address' }).fill('none');
    // A value only LXD knows is wrong: its refusal is shown at the field, everything typed stays.
    await page.getByRole('textbox', { name: 'Bridge MTU' }).fill('lots');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Create network' }).click();
    await expect(page.locator('#create-network-bridge-mtu-error')).toContainText('LXD refused');
    await expect(page.locator('#create-network-bridge-mtu-error')).toContainText('bridge.mtu');
    await expect(nameBox).toHaveValue(name);
    await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('made with the form');
    expect((await lxd.request('GET', networkPath(name))).status).toBe(404);
    await page.getByRole('textbox', { name: 'Bridge MTU' }).fill('1400');
    await page.getByRole('button', { name: 'Create network' }).click();

    await expect(page).toHaveURL(new RegExp(`#/project/default/network/${name}$`));
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(page.locator('dl[aria-label="Interface state"]')).toContainText('1400');
    await expectNoAxeViolations(page);
    const shown = lxd.lxc(['network', 'show', name]);
    expect(shown).toContain('description: made with the form');
    expect(shown).toContain('bridge.mtu: "1400"');
    expect(shown).toContain('ipv4.address: none');

    // Edit: description and DNS domain through the form.
    await page.getByRole('link', { name: 'Configuration' }).click();
    await expect(yamlValue(page, 'config-yaml')).toHaveValue(/bridge\.mtu: "1400"/);
    await page.getByRole('textbox', { name: 'DNS domain' }).fill('lab.example');
    await page.getByRole('textbox', { name: 'Description', exact: true }).fill('edited');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved the configuration of ${name}` })).toBeVisible();
    await expect(page.getByText('No changes to save.')).toBeVisible();
    const edited = lxd.lxc(['network', 'show', name]);
    expect(edited).toContain('dns.domain: lab.example');
    expect(edited).toContain('description: edited');

    // Text typed while a save is on its way stays, as an edit of what was saved. LXD's answer to
    // the PUT is held until the typing is done.
    let release: () => void = () => undefined;
    const typed = new Promise<void>((resolve) => (release = resolve));
    const isPut = (url: URL) => url.pathname === networkPath(name);
    await page.route(isPut, async (route) => {
      if (route.request().method() !== 'PUT') return route.fallback();
      const response = await route.fetch();
      await typed;
      await route.fulfill({ response });
    });
    await page.getByRole('textbox', { name: 'Description', exact: true }).fill('edited twice');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('textbox', { name: 'DNS domain' }).fill('typed.example');
    release();
    await expect(page.getByRole('status').filter({ hasText: `Saved the configuration of ${name}` }).last()).toBeVisible();
    await expect.poll(() => lxd.lxc(['network', 'show', name])).toContain('description: edited twice');
    await expect(page.getByRole('textbox', { name: 'DNS domain' })).toHaveValue('typed.example');
    await expect(page.getByRole('textbox', { name: 'Description', exact: true })).toHaveValue('edited twice');
    await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
    await page.unroute(isPut);
    // Reverting goes back to what was saved.
    await page.getByRole('button', { name: 'Revert' }).click();
    await expect(page.getByRole('textbox', { name: 'DNS domain' })).toHaveValue('lab.example');
    await expect(page.getByText('No changes to save.')).toBeVisible();

    // The list: filter in the URL, type filter, state.
    await page.goto(`#/project/default/networks?q=${name}&type=bridge`);
    const row = page.locator(`tr[data-network="${name}"]`);
    await expect(row).toContainText('edited');
    await expect(row).toContainText('none');
    await expect(row.getByText('up')).toBeVisible();

    // Rename from the list.
    await row.getByRole('button', { name: `More actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: `Rename ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Rename network ${name}` });
    await dialog.getByRole('textbox', { name: 'New name' }).fill('lo');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog.getByText('A network named lo already exists')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'New name' }).fill(renamed);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog).toHaveCount(0);
    await page.goto(`#/project/default/networks?q=${renamed}`);
    await expect(page.locator(`tr[data-network="${renamed}"]`)).toBeVisible();
    expect(lxd.lxc(['network', 'show', renamed])).toContain('dns.domain: lab.example');
    expect((await lxd.request('GET', networkPath(name))).status).toBe(404);

    // Delete from its page.
    await page.goto(`#/project/default/network/${renamed}`);
    await page.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('dialog', { name: `Delete network ${renamed}?` });
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Delete network' }).click();
    await expect(page).toHaveURL(/#\/project\/default\/networks$/);
    expect((await lxd.request('GET', networkPath(renamed))).status).toBe(404);
  });

  test('attach a bridge to an instance from its page; delete is refused naming the instance; detach, then delete', async ({ page, lxd, cleanup }) => {
    const name = await bridge(lxd, cleanup, 'na');
    const instance = lxd.uniqueName('nai');
    await instanceOn(lxd, cleanup, instance);

    await page.goto(`#/project/default/network/${name}`);
    await expect(page.getByText('Nothing uses this network.')).toBeVisible();
    await page.getByRole('button', { name: 'Attach…' }).click();
    const attach = page.getByRole('dialog', { name: `Attach ${name}` });
    await attach.getByRole('combobox', { name: 'Instance' }).selectOption(instance);
    // The default profile already gives the instance eth0: the first free name is offered.
    await expect(attach.getByRole('textbox', { name: 'Device name' })).toHaveValue('eth0');
    await attach.getByRole('textbox', { name: 'Device name' }).fill('eth7');
    await expectNoAxeViolations(page);
    await attach.getByRole('button', { name: 'Attach' }).click();
    await expect(attach).toHaveCount(0);
    expect(lxd.lxc(['config', 'device', 'show', instance])).toContain(`eth7:\n  network: ${name}\n  type: nic`);
    await expect(page.getByRole('list', { name: `What uses network ${name}` }).getByRole('link', { name: `instance ${instance}` })).toBeVisible();

    // In use: delete and rename are refused up front, naming the instance.
    await page.getByRole('button', { name: 'Delete…' }).click();
    const refused = page.getByRole('dialog', { name: `Cannot delete network ${name}` });
    await expect(refused).toContainText('is in use');
    await expect(refused.getByRole('link', { name: `instance ${instance}` })).toBeVisible();
    await expect(refused.getByRole('button', { name: /Delete/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await refused.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('button', { name: 'Rename…' })).toHaveAccessibleDescription(/in use/);

    // Detach from the network page.
    await page.getByRole('button', { name: `Detach eth7 of instance ${instance}` }).click();
    const detach = page.getByRole('dialog', { name: `Detach eth7 from instance ${instance}?` });
    await detach.getByRole('button', { name: 'Detach' }).click();
    await expect(detach).toHaveCount(0);
    expect(lxd.lxc(['config', 'device', 'show', instance])).not.toContain('eth7');
    await expect(page.getByText('Nothing uses this network.')).toBeVisible();

    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('dialog', { name: `Delete network ${name}?` }).getByRole('button', { name: 'Delete network' }).click();
    await expect(page).toHaveURL(/#\/project\/default\/networks$/);
    expect((await lxd.request('GET', networkPath(name))).status).toBe(404);
  });

  test('a macvlan network on a dummy parent interface', async ({ page, lxd, cleanup }) => {
    const parent = lxd.uniqueName('dm');
    hostInterface(parent);
    cleanup.add(() => execFileSync('ip', ['link', 'del', parent]));
    const name = networkName(lxd, cleanup, 'nm');

    await page.goto('#/project/default/networks/create');
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('radio', { name: 'macvlan' }).check();
    await page.getByRole('button', { name: 'Create network' }).click();
    await expect(page.getByText('Name the host interface this network sits on')).toBeVisible();
    await page.getByRole('textbox', { name: 'Parent interface' }).fill(parent);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Create network' }).click();
    await expect(page).toHaveURL(new RegExp(`#/project/default/network/${name}$`));
    const shown = lxd.lxc(['network', 'show', name]);
    expect(shown).toContain('type: macvlan');
    expect(shown).toContain(`parent: ${parent}`);
    // A macvlan has no DHCP of its own, and no peers.
    await page.getByRole('link', { name: 'Leases' }).click();
    await expect(page.getByText(`${name} is a macvlan network`)).toBeVisible();
    await page.getByRole('link', { name: 'Peers' }).click();
    await expect(page.getByText(/Peers connect two OVN networks directly/)).toBeVisible();
  });

  test('a concurrent edit shows the conflict view and re-applies the edit', async ({ page, lxd, cleanup }) => {
    const name = await bridge(lxd, cleanup, 'nc');
    await page.goto(`#/project/default/network/${name}/configuration`);
    await expect(yamlValue(page, 'config-yaml')).toHaveValue(/ipv4\.address: none/);
    await page.getByRole('textbox', { name: 'DNS domain' }).fill('mine.example');
    lxd.lxc(['network', 'set', name, 'bridge.mtu', '1300']);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: 'Not saved: the network changed on the server' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Changes on the server' }).getByRole('row', { name: /bridge\.mtu \(not set\) 1300/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Re-apply my changes on the new version' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved the configuration of ${name}` })).toBeVisible();
    const shown = lxd.lxc(['network', 'show', name]);
    expect(shown).toContain('dns.domain: mine.example');
    expect(shown).toContain('bridge.mtu: "1300"');
  });

  test('forwards: LXD’s refusal on an address-less bridge is shown; leases say why there are none; markup stays text; outside changes arrive', async ({ page, lxd, cleanup }) => {
    const description = '<b>x</b><img src=x onerror="window.__networkXss=1">';
    const name = await bridge(lxd, cleanup, 'nf', description);
    await page.goto(`#/project/default/networks?q=${name}`);
    const row = page.locator(`tr[data-network="${name}"]`);
    await expect(row).toContainText(description);
    await expect(row.locator('b, img')).toHaveCount(0);
    await page.goto(`#/project/default/network/${name}`);
    await expect(page.getByText('Nothing uses this network.')).toBeVisible();
    // A change made elsewhere reaches the open page through LXD's events.
    lxd.lxc(['network', 'set', name, 'dns.domain', 'live.example']);
    await expect(page.getByRole('table', { name: 'Configuration keys' }).getByRole('row', { name: /dns\.domain live\.example/ })).toBeVisible();

    await expect(page.locator('.network-description')).toHaveText(description);
    await expect(page.locator('.tab-panel b, .tab-panel img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __networkXss?: number }).__networkXss)).toBeUndefined();

    await page.getByRole('link', { name: 'Leases' }).click();
    await expect(page.getByText(`No leases: ${name} has no IPv4 or IPv6 address`)).toBeVisible();

    await page.getByRole('link', { name: 'Forwards' }).click();
    await expect(page.getByText(`No forwards on ${name}.`)).toBeVisible();
    await page.getByRole('textbox', { name: 'Listen address' }).fill('198.51.100.10');
    await page.getByRole('button', { name: 'Create forward' }).click();
    // LXD 5.0.2 wants the bridge to have an address of the listen address's family.
    await expect(page.getByRole('alert').filter({ hasText: 'LXD refused' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Listen address' })).toHaveValue('198.51.100.10');
    await expectNoAxeViolations(page);
    expect(await lxd.get<unknown[]>(`${networkPath(name)}/forwards`)).toEqual([]);
  });
});
