import type { Page } from '@playwright/test';
import { expect, test, type Cleanup, type LxdClient } from './fixtures/test';

interface Instance {
  description: string;
  config: Record<string, string>;
  devices: Record<string, Record<string, string>>;
  profiles: string[];
}

const instancePath = (name: string) => `/1.0/instances/${name}`;

/** A stopped container with its own profile (memory limit), removed after the test. */
async function setUp(lxd: LxdClient, cleanup: Cleanup, prefix: string) {
  const name = lxd.uniqueName(prefix);
  const profile = `${name}-p`;
  await lxd.post('/1.0/profiles', { name: profile, config: { 'limits.memory': '128MiB' }, devices: {} });
  cleanup.add(() => lxd.delete(`/1.0/profiles/${profile}`));
  cleanup.add(() => lxd.deleteInstance(name)); // runs before the profile is deleted
  await lxd.createInstance(name, { profiles: ['default', profile], config: { 'limits.cpu': '1' } });
  return { name, profile };
}

async function openConfiguration(page: Page, name: string) {
  await page.goto(`#/project/default/instance/${name}/configuration`);
  // The YAML editor is its own chunk, loaded with the tab: on a busy machine that takes a while.
  await expect(yamlText(page)).toHaveValue(/limits\.cpu: "1"/, { timeout: 30_000 });
}

/** Every instance write the page sends. */
function recordWrites(page: Page, name: string): string[] {
  const writes: string[] = [];
  page.on('request', (request) => {
    if (['PUT', 'PATCH'].includes(request.method()) && new URL(request.url()).pathname === instancePath(name)) {
      writes.push(request.method());
    }
  });
  return writes;
}

/** The YAML editor (CodeMirror's content element): typed into with fill() and the keyboard. */
const yamlBox = (page: Page) => page.getByRole('textbox', { name: 'Configuration (YAML)' });
/** The editor's current text, as the page keeps it in a hidden read-only textarea beside the editor. */
const yamlText = (page: Page) => page.locator('#config-yaml-value');

test.describe('instance configuration', () => {
  test('the form edits common keys and shows what profiles give', async ({ page, lxd, cleanup }) => {
    const { name, profile } = await setUp(lxd, cleanup, 'cf');
    await openConfiguration(page, name);

    // Inherited, read-only: the memory limit comes from the instance's own profile.
    const inherited = page.getByRole('table', { name: 'Inherited configuration' });
    await expect(inherited.getByRole('row', { name: new RegExp(`limits.memory 128MiB ${profile}`) })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Inherited devices' }).getByRole('row', { name: /root/ })).toContainText('default');
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    await expect(page.getByText('No changes to save.')).toBeVisible();

    await page.getByRole('textbox', { name: 'Description' }).fill('edited in the form');
    await page.getByRole('textbox', { name: 'CPU limit' }).fill('2');
    await page.getByRole('textbox', { name: 'Memory limit' }).fill('256MiB');
    await page.getByRole('combobox', { name: 'Start on boot' }).selectOption('true');
    // The form and the YAML are one draft.
    await expect(yamlText(page)).toHaveValue(/limits\.memory: 256MiB/);
    // Leaving with unsaved changes asks first; staying keeps every change.
    await page.getByRole('link', { name: 'Overview' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(leave).toContainText(`your unsaved changes to the configuration of ${name}`);
    await leave.getByRole('button', { name: 'Cancel' }).click();
    await expect(leave).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'CPU limit' })).toHaveValue('2');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved the configuration of ${name}` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();

    const instance = await lxd.get<Instance>(instancePath(name));
    expect(instance.description).toBe('edited in the form');
    expect(instance.config).toMatchObject({ 'limits.cpu': '2', 'limits.memory': '256MiB', 'boot.autostart': 'true' });
    // Keys the editor does not show were sent back untouched.
    expect(Object.keys(instance.config).some((key) => key.startsWith('volatile.'))).toBe(true);
  });

  test('the YAML editor edits the whole object', async ({ page, lxd, cleanup }) => {
    const { name, profile } = await setUp(lxd, cleanup, 'cy');
    await openConfiguration(page, name);
    const original = await yamlText(page).inputValue();
    const edited = original
      .replace(/^description: .*$/m, 'description: edited as YAML')
      .replace('limits.cpu: "1"', 'limits.cpu: "2"\n  user.note: from the editor')
      .replace(`  - ${profile}\n`, '')
      .replace(/^devices: \{\}$/m, 'devices:\n  eth0:\n    type: none'); // hides the default profile's NIC
    expect(edited).not.toBe(original);
    await yamlBox(page).fill(edited);
    // The form follows the YAML.
    await expect(page.getByRole('textbox', { name: 'CPU limit' })).toHaveValue('2');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved the configuration of ${name}` })).toBeVisible();

    const instance = await lxd.get<Instance>(instancePath(name));
    expect(instance.description).toBe('edited as YAML');
    expect(instance.config).toMatchObject({ 'limits.cpu': '2', 'user.note': 'from the editor' });
    expect(instance.profiles).toEqual(['default']);
    expect(instance.devices).toEqual({ eth0: { type: 'none' } });
  });

  test('malformed YAML is shown with its line and nothing is sent; LXD’s refusals appear where the user typed', async ({
    page,
    lxd,
    cleanup,
  }) => {
    const { name } = await setUp(lxd, cleanup, 'cb');
    const writes = recordWrites(page, name);
    await openConfiguration(page, name);
    const original = await yamlText(page).inputValue();
    const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

    const broken = original.replace('limits.cpu: "1"', 'limits.cpu: "1\n  limits.memory: 1GiB');
    await yamlBox(page).fill(broken);
    await expect(page.getByRole('alert').filter({ hasText: /^Line \d+: / })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    await expect(page.getByText('Fix the YAML errors before saving.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'CPU limit' })).toBeDisabled();

    const duplicate = original.replace('limits.cpu: "1"', 'limits.cpu: "1"\n  limits.cpu: "2"');
    await yamlBox(page).fill(duplicate);
    await expect(page.getByRole('alert').filter({ hasText: `Line ${lineOf(duplicate, 'limits.cpu: "2"')}:` })).toBeVisible();
    expect(writes).toEqual([]);

    // An unknown key: LXD's message, on the line where it was typed, and the text stays.
    const unknown = original.replace('limits.cpu: "1"', 'limits.cpu: "1"\n  limits.bogus: "1"');
    await yamlBox(page).fill(unknown);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#config-save-error')).toHaveText(
      `LXD refused the change (line ${lineOf(unknown, 'limits.bogus')}): Invalid config: Unknown configuration key: limits.bogus`,
    );
    await expect(yamlText(page)).toHaveValue(unknown);
    expect(writes).toEqual(['PUT']);

    // A bad value typed in the form: LXD's message next to that field.
    await yamlBox(page).fill(original);
    await page.getByRole('textbox', { name: 'Memory limit' }).fill('lots');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#config-limits-memory-error')).toHaveText('Invalid config: Invalid value: lots');
    await expect(page.getByRole('textbox', { name: 'Memory limit' })).toHaveValue('lots');

    const instance = await lxd.get<Instance>(instancePath(name));
    expect(instance.config['limits.cpu']).toBe('1');
    expect(instance.config['limits.bogus']).toBeUndefined();
    expect(instance.config['limits.memory']).toBeUndefined();
  });

  test('a change made elsewhere while editing: the conflict is shown, the edit re-applied as the user chose', async ({
    page,
    lxd,
    cleanup,
  }) => {
    const { name } = await setUp(lxd, cleanup, 'cc');
    await openConfiguration(page, name);

    await page.getByRole('textbox', { name: 'CPU limit' }).fill('2');
    await page.getByRole('textbox', { name: 'Description' }).fill('mine');
    const typed = await yamlText(page).inputValue();

    // Someone else changes the instance meanwhile.
    await lxd.patch(instancePath(name), { description: 'theirs', config: { 'limits.memory': '96MiB' } });
    // The event refreshes the instance; the draft is not touched.
    await expect(page.getByRole('heading', { name: 'Changed on the server' })).toBeVisible();
    await expect(yamlText(page)).toHaveValue(typed);

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: 'Not saved: the instance changed on the server' })).toBeVisible();
    const changes = page.getByRole('table', { name: 'Changes on the server' });
    await expect(changes.getByRole('row', { name: /description \(empty\) theirs/ })).toBeVisible();
    await expect(changes.getByRole('row', { name: /config limits\.memory \(not set\) 96MiB/ })).toBeVisible();
    await expect(yamlText(page)).toHaveValue(typed);
    expect((await lxd.get<Instance>(instancePath(name))).config['limits.cpu']).toBe('1');

    // Both changed the description: the user takes the server's; their CPU change is kept.
    const conflict = page.getByRole('group', { name: 'description' });
    await conflict.getByRole('radio', { name: /Take the server’s/ }).check();
    await page.getByRole('button', { name: 'Re-apply my changes on the new version' }).click();
    await expect(page.getByRole('heading', { name: /changed on the server/i })).toHaveCount(0);
    await expect(yamlText(page)).toHaveValue(/limits\.cpu: "2"/);
    await expect(yamlText(page)).toHaveValue(/limits\.memory: 96MiB/);
    await expect(yamlText(page)).toHaveValue(/description: theirs/);
    // What the user typed before re-applying stays available.
    await page.getByText('Your text before re-applying').click();
    await expect(page.getByLabel('Kept text')).toHaveText(typed.trimEnd());

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved the configuration of ${name}` })).toBeVisible();
    const instance = await lxd.get<Instance>(instancePath(name));
    expect(instance.description).toBe('theirs');
    expect(instance.config).toMatchObject({ 'limits.cpu': '2', 'limits.memory': '96MiB' });
  });

  test('the YAML editor under the page’s CSP: styled, Tab indents, Escape then Tab leaves, the error line is marked', async ({
    page,
    lxd,
    cleanup,
  }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
    });
    const { name } = await setUp(lxd, cleanup, 'ck');
    await openConfiguration(page, name);
    const editor = yamlBox(page);
    await expect(editor).toHaveAttribute('contenteditable', 'true');
    // CodeMirror's own stylesheet applied (it is written through a constructed stylesheet, not a <style>).
    await expect(page.locator('.cm-editor')).toHaveCSS('display', 'flex');

    await editor.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Tab');
    await expect(yamlText(page)).toHaveValue(/^ {2}description: /);
    await expect(editor).toBeFocused();
    // The indented first key no longer lines up with the next ones: the lines named are marked.
    const problem = page.getByRole('alert').filter({ hasText: /^Line \d+: / });
    await expect(problem).toBeVisible();
    const line = /^Line (\d+): /.exec((await problem.textContent()) ?? '')?.[1] ?? '';
    const marked = page.locator('.cm-lineNumbers .cm-marked-line-number').filter({ hasText: new RegExp(`^${line}$`) });
    await expect(marked).toHaveCount(1);
    await expect(marked).toHaveCSS('font-weight', '700');

    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(editor).not.toBeFocused();
    await expect(yamlText(page)).toHaveValue(/^ {2}description: /);
    expect(refused).toEqual([]);
  });
});
