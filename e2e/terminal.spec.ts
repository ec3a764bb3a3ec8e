import type { Page } from '@playwright/test';
import { daemonPid } from '../scripts/lib/sandbox.mjs';
import { expect, test } from './fixtures/test';
import { trackProblems } from './fixtures/ui';

// The terminal is read from xterm's DOM rows, and typed into through its helper textarea.
const screen = (page: Page) => page.locator('.xterm-rows');
const status = (page: Page) => page.getByRole('status').filter({ hasText: /Connected|shell|connection|Could not/ });

async function type(page: Page, line: string) {
  await page.locator('.xterm-helper-textarea').pressSequentially(line);
  await page.keyboard.press('Enter');
}

/** Processes in the instance other than init and the `ps` itself, as `ps` prints them. */
function processes(lxd: { lxc(args: string[]): string }, name: string): string[] {
  return lxd
    .lxc(['exec', name, '--', 'ps', '-o', 'pid,args'])
    .split('\n')
    .slice(1)
    .map((line) => line.trim().replace(/^\d+\s+/, ''))
    .filter((args) => args && !/^(\{init\}|\/bin\/sh \/sbin\/init|sleep 2147483647|ps )/.test(args));
}

test.describe('terminal', () => {
  test('runs a shell: output, resize, exit code and reconnect', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('term');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true });

    const problems = trackProblems(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`#/project/default/instance/${name}/terminal`);
    await expect(page.getByRole('region', { name: `Terminal of ${name}` })).toBeVisible();
    await expect(status(page)).toHaveText('Connected', { timeout: 20_000 });
    // The image has no bash, so the login shell falls back to sh; the status line says which runs.
    await expect(page.locator('.terminal-command')).toHaveText('Running sh -l');

    await type(page, 'echo hello-$((6*7))');
    await expect(screen(page)).toContainText('hello-42');

    // The size LXD gives the pty follows the terminal: rows as drawn, fewer columns when narrower.
    await type(page, 'echo size-$(stty size | tr " " x)');
    const wide = await readSize(page);
    await page.setViewportSize({ width: 900, height: 600 });
    await expect.poll(() => page.locator('.xterm-rows > div').count()).toBeLessThan(wide.rows);
    await page.locator('.xterm-helper-textarea').focus();
    await type(page, 'clear; echo size-$(stty size | tr " " x)');
    await expect
      .poll(async () => {
        const size = await readSize(page);
        return size.rows === (await page.locator('.xterm-rows > div').count()) && size.cols < wide.cols;
      })
      .toBe(true);

    await type(page, 'exit 3');
    await expect(status(page)).toHaveText('The shell exited with code 3.');
    await page.getByRole('button', { name: 'Reconnect' }).click();
    await expect(status(page)).toHaveText('Connected');
    await type(page, 'echo again-$((1+1))');
    await expect(screen(page)).toContainText('again-2');
    expect(problems).toEqual([]);
  });

  test('UTF-8 split across frames renders, and settings are remembered per instance', async ({ page, lxd, cleanup }) => {
    const problems = trackProblems(page);
    const name = lxd.uniqueName('term');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true });
    await page.goto(`#/project/default/instance/${name}/terminal`);
    await expect(status(page)).toHaveText('Connected', { timeout: 20_000 });

    // printf writes the bytes of "€" one by one (three writes, three websocket frames at most).
    await type(page, "printf 'u-\\342'; sleep 0.2; printf '\\202'; sleep 0.2; printf '\\254-8\\n'");
    await expect(screen(page)).toContainText('u-€-8');

    await page.getByText('Session settings').click();
    await page.getByRole('textbox', { name: 'Working directory' }).fill('/tmp');
    await page.getByRole('textbox', { name: /Environment/ }).fill('GREETING=hi-there\nAPI_TOKEN=tok-4711');
    // A variable that looks like a secret serves this page's sessions, and is never stored.
    await expect(page.getByRole('textbox', { name: /Environment/ })).toHaveAccessibleDescription(
      'API_TOKEN looks like a secret: used until this page is closed, never remembered.',
    );
    await page.getByRole('button', { name: 'Apply and reconnect' }).click();
    await expect(status(page)).toHaveText('Connected');
    await expect(page.locator('.terminal-command')).toHaveText('Running sh -l in /tmp');
    await type(page, 'echo "$GREETING in $(pwd) with $API_TOKEN"');
    await expect(screen(page)).toContainText('hi-there in /tmp with tok-4711');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('tok-4711');

    await page.reload();
    await expect(status(page)).toHaveText('Connected', { timeout: 20_000 });
    await type(page, 'echo "again $GREETING in $(pwd) with [$API_TOKEN]"');
    await expect(screen(page)).toContainText('again hi-there in /tmp with []');

    // Full screen: the rows grow with the frame, and the shell is told the new size.
    const rowsBefore = await page.locator('.xterm-rows > div').count();
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect(page.getByRole('button', { name: 'Exit full screen' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => page.locator('.xterm-rows > div').count()).toBeGreaterThan(rowsBefore);
    await page.getByRole('button', { name: 'Exit full screen' }).click();
    await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'false');
    expect(problems).toEqual([]);
  });

  test('Ctrl+Shift+V pastes and Ctrl+Shift+C copies the selection', async ({ page, context, lxd, cleanup }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const name = lxd.uniqueName('term');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true });
    await page.goto(`#/project/default/instance/${name}/terminal`);
    await expect(status(page)).toHaveText('Connected', { timeout: 20_000 });

    await page.evaluate(() => navigator.clipboard.writeText('echo pasted-$((3*3))'));
    await page.locator('.xterm-helper-textarea').focus();
    await page.keyboard.press('Control+Shift+V');
    await expect(screen(page)).toContainText('echo pasted-$((3*3))'); // the clipboard is read asynchronously
    await page.keyboard.press('Enter');
    await expect(screen(page)).toContainText('pasted-9');

    // xterm selects the word under a double click; its rows sit under the screen's mouse layer.
    const box = await page.locator('.xterm-rows > div', { hasText: /^pasted-9/ }).boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.dblclick((box?.x ?? 0) + 10, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    await page.keyboard.press('Control+Shift+C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('pasted-9');
  });

  test('a dropped connection says so, and Reconnect opens a new shell', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('term');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true });
    await page.goto(`#/project/default/instance/${name}/terminal`);
    await expect(status(page)).toHaveText('Connected', { timeout: 20_000 });
    await type(page, 'echo before-$((1+2))');
    await expect(screen(page)).toContainText('before-3');

    // The daemon dies without a word (a clean `lxd shutdown` would stop the instance first, and
    // the tab would rightly offer Start instead); the container keeps running without it.
    const pid = daemonPid(lxd.sandboxName);
    expect(pid).not.toBeNull();
    process.kill(pid as number, 'SIGKILL');
    await expect(status(page)).toHaveText('The connection was lost. The session has ended.');
    await lxd.startDaemon();
    await expect.poll(() => lxd.instanceStatus(name), { timeout: 30_000 }).toBe('Running');
    await page.getByRole('button', { name: 'Reconnect' }).click();
    await expect(status(page)).toHaveText('Connected', { timeout: 20_000 });
    await type(page, 'echo back-$((5+5))');
    await expect(screen(page)).toContainText('back-10');
  });

  test('leaving the page ends the shell and what runs in it', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('term');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true });
    await page.goto(`#/project/default/instance/${name}/terminal`);
    await expect(status(page)).toHaveText('Connected', { timeout: 20_000 });
    await type(page, 'sleep 4321');
    await expect.poll(() => processes(lxd, name)).toEqual(expect.arrayContaining(['sh -l', 'sleep 4321']));

    await page.getByRole('link', { name: 'Overview' }).click();
    await expect.poll(() => processes(lxd, name), { timeout: 15_000 }).toEqual([]);
  });

  test('the cursor stays still, even when a program asks it to blink', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('term');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true });
    await page.goto(`#/project/default/instance/${name}/terminal`);
    await expect(status(page)).toHaveText('Connected', { timeout: 20_000 });
    // xterm-256color's cvvis (vim sends it), then a blinking block (DECSCUSR 1). A blinking cursor
    // is an endless main-thread animation, which delays the echo of every key.
    await type(page, "printf '\\033[?12;25h\\033[1 q'; echo asked-$((2*4))");
    await expect(screen(page)).toContainText('asked-8');
    await expect(page.locator('.xterm-cursor.xterm-cursor-blink')).toHaveCount(1);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });
});

async function readSize(page: Page): Promise<{ rows: number; cols: number }> {
  let found: RegExpMatchArray | null = null;
  await expect
    .poll(async () => {
      const matches = [...((await screen(page).textContent()) ?? '').matchAll(/size-(\d+)x(\d+)/g)];
      found = matches.at(-1) ?? null;
      return found !== null;
    })
    .toBe(true);
  const match = found as unknown as RegExpMatchArray;
  return { rows: Number(match[1]), cols: Number(match[2]) };
}
