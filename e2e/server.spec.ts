import { expectNoAxeViolations } from './fixtures/axe';
import { expect as baseExpect, test, type LxdClient } from './fixtures/test';

// Pages are lazily loaded chunks and LXD answers slowly while other suites share the machine.
const expect = baseExpect.configure({ timeout: 30_000 });

interface ServerInfo {
  api_extensions: string[];
  config: Record<string, string | boolean>;
}

interface Resources {
  cpu: { total: number; sockets: { cores: unknown[] }[] };
  memory: { total: number };
}

const KEY = 'images.auto_update_interval';

/** What `lxc config get` says, as the command line user would check it. */
const lxcGet = (lxd: LxdClient, key: string) => lxd.lxc(['config', 'get', key]).trim();

/** 25769803776 → "24.0 GiB", as the page's byte format writes it. */
function gib(bytes: number): string {
  const value = bytes / 1024 ** 3;
  return `${value.toFixed(value >= 100 ? 0 : 1)} GiB`;
}

test.describe('server', () => {
  test.describe.configure({ timeout: 120_000 });

  test('identity: name and version as lxc info reports them; the extension filter finds one and hides the others', async ({ page, lxd }) => {
    const info = lxd.lxc(['info']);
    const name = /^\s*server_name: (.+)$/m.exec(info)?.[1]?.trim() ?? '';
    const version = /^\s*server_version: (.+)$/m.exec(info)?.[1]?.trim() ?? '';
    expect(name).not.toBe('');
    expect(version).not.toBe('');
    const server = await lxd.get<ServerInfo>('/1.0');

    await page.goto('#/server');
    const identity = page.locator('dl[aria-label="Server identity"]');
    await expect(identity.locator('.fact', { hasText: 'Name' }).locator('dd')).toHaveText(name);
    await expect(identity.locator('.fact', { hasText: 'LXD version' }).locator('dd')).toHaveText(version);
    await expect(identity.locator('.fact', { hasText: 'Clustered' }).locator('dd')).toHaveText('No, a standalone server');
    await expect(identity.locator('.fact', { hasText: 'Storage drivers available' }).locator('dd')).toContainText('dir');
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    const table = page.getByRole('table', { name: 'API extensions' });
    await expect(page.getByText(`${server.api_extensions.length} API extensions`)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('searchbox', { name: 'Filter API extensions' }).fill('network_acl_log');
    await expect(table.getByRole('row', { name: /network_acl_log/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /certificate_token/ })).toHaveCount(0);
    const matching = server.api_extensions.filter((extension) => extension.includes('network_acl_log')).length;
    await expect(page.getByText(`${matching} of ${server.api_extensions.length} API extensions`)).toBeVisible();
  });

  test('resources: CPU count and memory total as /1.0/resources says', async ({ page, lxd }) => {
    const resources = await lxd.get<Resources>('/1.0/resources');
    await page.goto('#/server/resources');
    const cpu = page.locator('dl[aria-label="CPU"]');
    await expect(cpu.locator('.fact', { hasText: 'Threads' }).locator('dd')).toHaveText(String(resources.cpu.total));
    await expect(cpu.locator('.fact', { hasText: 'Sockets' }).locator('dd')).toHaveText(String(resources.cpu.sockets.length));
    await expect(page.locator('dl[aria-label="Memory"]').locator('.fact', { hasText: 'Total' }).locator('dd')).toHaveText(gib(resources.memory.total));
    await expect(page.getByRole('table', { name: 'Disks' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('settings: edit through the form, a concurrent edit gives the conflict view, a bad value is refused in place', async ({ page, lxd, cleanup }) => {
    const original = lxcGet(lxd, KEY);
    cleanup.add(() => lxd.lxc(original ? ['config', 'set', KEY, original] : ['config', 'unset', KEY]));
    if (original) lxd.lxc(['config', 'unset', KEY]);

    await page.goto('#/server/settings');
    const yaml = page.locator('#config-yaml-value');
    await expect(yaml).toHaveValue(/core\.https_address/);
    await expect(page.getByText('Descriptions of the keys are LXD 5.0’s')).toBeVisible();
    await expectNoAxeViolations(page);

    // Add the unset key to the form, give it a value, save.
    await page.getByRole('combobox', { name: 'Add a setting' }).selectOption(KEY);
    await expect(page.getByRole('combobox', { name: 'Add a setting' })).toHaveAccessibleDescription(/Hours between checks/);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const field = page.getByRole('textbox', { name: 'Auto update interval' });
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('placeholder', '6 from LXD default');
    await field.fill('12');
    await expect(yaml).toHaveValue(/images\.auto_update_interval: "12"/);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved the server configuration' })).toBeVisible();
    expect(lxcGet(lxd, KEY)).toBe('12');

    // Someone sets it with lxc between the page's read and Save: 412, the edit is re-applied and saved.
    await field.fill('18');
    lxd.lxc(['config', 'set', KEY, '24']);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: 'Not saved: the server configuration changed on the server' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Changes on the server' }).getByRole('row', { name: /images\.auto_update_interval 12 24/ })).toBeVisible();
    expect(lxcGet(lxd, KEY)).toBe('24');
    await page.getByRole('button', { name: 'Re-apply my changes on the new version' }).click();
    await expect(field).toHaveValue('18');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => lxcGet(lxd, KEY)).toBe('18');
    await expect(page.getByRole('heading', { name: /changed on the server/i })).toHaveCount(0);

    // A value LXD refuses: its message next to the field, the typed text kept.
    await field.fill('abc');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#config-images-auto_update_interval-error')).toContainText('invalid integer');
    await expect(field).toHaveValue('abc');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(lxcGet(lxd, KEY)).toBe('18');

    // A change made with lxc shows without a reload once the edit is reverted.
    await page.getByRole('button', { name: 'Revert' }).click();
    await expect(field).toHaveValue('18');
    lxd.lxc(['config', 'set', KEY, '30']);
    await expect(field).toHaveValue('30');
  });
});
