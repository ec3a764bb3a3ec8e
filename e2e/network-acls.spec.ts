import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { expect as baseExpect, test, type Cleanup, type LxdClient } from './fixtures/test';

const expect = baseExpect.configure({ timeout: 30_000 });

const aclPath = (name: string) => `/1.0/network-acls/${encodeURIComponent(name)}`;
const networkPath = (name: string) => `/1.0/networks/${encodeURIComponent(name)}`;

interface Acl {
  description: string;
  ingress: Record<string, string>[];
  egress: Record<string, string>[];
  config: Record<string, string>;
  used_by: string[];
}

/** Registered in reverse: the ACL goes after the network that uses it. */
function aclName(lxd: LxdClient, cleanup: Cleanup, prefix: string): string {
  const name = lxd.uniqueName(prefix);
  cleanup.add(async () => {
    const res = await lxd.request('DELETE', aclPath(name));
    if (res.status >= 400 && res.status !== 404) throw new Error(`deleting ACL ${name}: ${res.status} ${res.body.error}`);
  });
  return name;
}

async function bridge(lxd: LxdClient, cleanup: Cleanup, prefix: string): Promise<string> {
  const name = lxd.uniqueName(prefix);
  cleanup.add(async () => {
    const res = await lxd.request('DELETE', networkPath(name));
    if (res.status >= 400 && res.status !== 404) throw new Error(`deleting network ${name}: ${res.status} ${res.body.error}`);
  });
  await lxd.post('/1.0/networks', { name, type: 'bridge', description: '', config: { 'ipv4.address': 'none', 'ipv6.address': 'none' } });
  return name;
}

async function fillRule(page: Page, direction: 'Ingress' | 'Egress', index: number, rule: Record<string, string>) {
  const label = `${direction} rule ${index}`;
  for (const [field, value] of Object.entries(rule)) {
    const control = page.getByLabel(`${label} ${field}`, { exact: true });
    if (['action', 'state', 'protocol'].includes(field)) await control.selectOption(value);
    else await control.fill(value);
  }
}

test.describe('network ACLs', () => {
  test.describe.configure({ timeout: 180_000 });

  test('an ACL with three ordered rules, assigned to a bridge and (refused by LXD 5.0) to an instance NIC', async ({ page, lxd, cleanup }) => {
    const name = aclName(lxd, cleanup, 'acl');
    const network = await bridge(lxd, cleanup, 'ab');
    const instance = lxd.uniqueName('aci');
    cleanup.add(() => lxd.deleteInstance(instance));
    await lxd.createInstance(instance, { profiles: ['default'], devices: { eth1: { type: 'nic', network } } });

    await page.goto('#/project/default/network-acls');
    await expect(page.getByRole('heading', { name: 'Network ACLs', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Create ACL' }).first().click();
    await page.getByRole('textbox', { name: 'Name' }).fill('1bad');
    await expect(page.getByText('Name must not start with a number')).toBeVisible();
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('textbox', { name: 'Description' }).fill('three rules');
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Add ingress rule' }).click();
    await fillRule(page, 'Ingress', 1, { action: 'reject', source: '203.0.113.0/24' });
    await fillRule(page, 'Ingress', 2, { action: 'allow', protocol: 'tcp', source: '198.51.100.0/24', 'destination port': '22', 'rule description': 'ssh' });
    await fillRule(page, 'Ingress', 3, { action: 'drop', state: 'disabled', protocol: 'icmp4', 'icmp type': '8' });
    // Ports without tcp/udp are caught in the form.
    await page.getByLabel('Ingress rule 2 protocol').selectOption('');
    await expect(page.getByText('Ports need protocol tcp or udp.')).toBeVisible();
    await page.getByLabel('Ingress rule 2 protocol').selectOption('tcp');
    // Order: the allow rule first.
    await page.getByRole('button', { name: 'Move Ingress rule 2 up' }).click();
    await expect(page.getByLabel('Ingress rule 1 action')).toHaveValue('allow');
    await page.getByRole('button', { name: 'Add egress rule' }).click();
    await fillRule(page, 'Egress', 1, { action: 'allow', destination: '198.51.100.0/24' });
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Create ACL' }).click();

    await expect(page).toHaveURL(new RegExp(`#/project/default/network-acl/${name}$`));
    const shown = lxd.lxc(['network', 'acl', 'show', name]);
    expect(shown).toMatch(/ingress:\n- action: allow\n[\s\S]*- action: reject\n[\s\S]*- action: drop\n/);
    const acl = await lxd.get<Acl>(aclPath(name));
    expect(acl.ingress.map((rule) => rule.action)).toEqual(['allow', 'reject', 'drop']);
    expect(acl.ingress[0]).toMatchObject({ protocol: 'tcp', source: '198.51.100.0/24', destination_port: '22', description: 'ssh' });
    expect(acl.ingress[2]).toMatchObject({ state: 'disabled', protocol: 'icmp4', icmp_type: '8' });
    expect(acl.egress).toEqual([{ action: 'allow', destination: '198.51.100.0/24', state: 'enabled' }]);
    await expectNoAxeViolations(page);

    // Assign to the bridge.
    await page.getByRole('button', { name: 'Assign…' }).click();
    const assign = page.getByRole('dialog', { name: `Assign network ACL ${name}` });
    await assign.getByRole('combobox', { name: 'Network' }).selectOption(network);
    await expectNoAxeViolations(page);
    await assign.getByRole('button', { name: 'Assign' }).click();
    await expect(assign).toHaveCount(0);
    expect(lxd.lxc(['network', 'show', network])).toContain(`security.acls: ${name}`);
    await expect(page.getByRole('list', { name: `What uses network ACL ${name}` }).getByText(`network ${network}`)).toBeVisible();
    expect(lxd.lxc(['network', 'acl', 'show', name])).toContain(`- /1.0/networks/${network}`);

    // Assign to the instance's NIC: LXD 5.0.2 takes NIC ACLs on OVN networks only, and says so.
    await page.getByRole('button', { name: 'Assign…' }).click();
    await assign.getByRole('radio', { name: 'An instance’s network interface' }).check();
    await assign.getByRole('combobox', { name: 'Instance' }).selectOption(instance);
    await assign.getByRole('combobox', { name: 'Network interface' }).selectOption('eth1');
    await assign.getByRole('button', { name: 'Assign' }).click();
    await expect(assign.getByRole('alert')).toContainText('LXD refused');
    await expect(assign.getByRole('alert')).toContainText('security.acls');
    await expect(assign.getByRole('combobox', { name: 'Instance' })).toHaveValue(instance);
    expect(lxd.lxc(['config', 'device', 'show', instance])).toBe(`eth1:\n  network: ${network}\n  type: nic\n`);
    await assign.getByRole('button', { name: 'Cancel' }).click();

    // In use: delete is refused, naming the network.
    await page.getByRole('button', { name: 'Delete…' }).click();
    const refused = page.getByRole('dialog', { name: `Cannot delete network ACL ${name}` });
    await expect(refused).toContainText(`network ${network}`);
    await refused.getByRole('button', { name: 'Close' }).click();

    // The log: LXD 5.0 keeps one for OVN only, and the tab says what LXD said.
    await page.getByRole('link', { name: 'Log' }).click();
    await expect(page.getByText(/LXD gives no log for this ACL: .*OVN/)).toBeVisible();
    await expectNoAxeViolations(page);

    // The list counts the rules and users.
    await page.goto(`#/project/default/network-acls?q=${name}`);
    const row = page.locator(`tr[data-acl="${name}"]`);
    await expect(row.getByRole('cell').nth(2)).toHaveText('3');
    await expect(row.getByRole('cell').nth(3)).toHaveText('1');
    await expect(row.getByRole('cell').nth(4)).toHaveText('1');
    lxd.lxc(['network', 'unset', network, 'security.acls']);
  });

  test('edit as YAML; a change on the server meanwhile is shown; markup stays text; rename and delete', async ({ page, lxd, cleanup }) => {
    const name = aclName(lxd, cleanup, 'acy');
    const renamed = aclName(lxd, cleanup, 'acz');
    const description = '<b>x</b><img src=x onerror="window.__aclXss=1">';
    await lxd.post('/1.0/network-acls', { name, description, ingress: [], egress: [], config: {} });
    await page.goto(`#/project/default/network-acls?q=${name}`);
    await expect(page.locator(`tr[data-acl="${name}"]`)).toContainText(description);
    await expect(page.locator(`tr[data-acl="${name}"]`).locator('b, img')).toHaveCount(0);

    await page.goto(`#/project/default/network-acl/${name}`);
    await page.getByRole('radio', { name: 'YAML' }).check();
    const yaml = ['description: from YAML', 'ingress:', '  - action: allow', '    source: 198.51.100.0/24', 'egress: []', 'config: {}', ''].join('\n');
    await page.locator('#acl-yaml[contenteditable="true"]').fill(yaml);
    await expect(page.locator('#acl-yaml-value')).toHaveValue(yaml);
    lxd.lxc(['network', 'acl', 'set', name, 'user.note', 'theirs']);
    await expect(page.getByRole('heading', { name: 'Not saved: the ACL changed on the server' })).toBeVisible();
    await page.getByRole('button', { name: 'Re-apply my changes on the new version' }).click();
    // Their change stays, and so does this edit.
    await expect(page.locator('#acl-yaml-value')).toHaveValue(/user\.note: theirs/);
    await expect(page.locator('#acl-yaml-value')).toHaveValue(/description: from YAML/);
    await page.getByRole('button', { name: 'Save' }).click();
    // A rule without a state: LXD's refusal is shown under the YAML, which stays as it was.
    await expect(page.getByText('LXD refused the change: Invalid ingress rule 0: State must be one of')).toBeVisible();
    await expect(page.locator('#acl-yaml-value')).toHaveValue(/user\.note: theirs/);
    await expectNoAxeViolations(page);
    const fixed = ['description: from YAML', 'ingress:', '  - action: allow', '    state: enabled', '    source: 198.51.100.0/24', 'egress: []', 'config:', '  user.note: theirs', ''].join('\n');
    await page.locator('#acl-yaml[contenteditable="true"]').fill(fixed);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved network ACL ${name}` })).toBeVisible();
    const acl = await lxd.get<Acl>(aclPath(name));
    expect(acl.description).toBe('from YAML');
    expect(acl.config).toEqual({ 'user.note': 'theirs' });
    expect(acl.ingress).toEqual([{ action: 'allow', source: '198.51.100.0/24', state: 'enabled' }]);
    expect(await page.evaluate(() => (window as unknown as { __aclXss?: number }).__aclXss)).toBeUndefined();

    await page.getByRole('button', { name: 'Rename…' }).click();
    const dialog = page.getByRole('dialog', { name: `Rename network ACL ${name}` });
    await dialog.getByRole('textbox', { name: 'New name' }).fill(renamed);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(page).toHaveURL(new RegExp(`#/project/default/network-acl/${renamed}$`));
    expect((await lxd.request('GET', aclPath(name))).status).toBe(404);
    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('dialog', { name: `Delete network ACL ${renamed}?` }).getByRole('button', { name: 'Delete network ACL' }).click();
    await expect(page).toHaveURL(/#\/project\/default\/network-acls$/);
    expect((await lxd.request('GET', aclPath(renamed))).status).toBe(404);
  });
});
