import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { rowMenuItem } from './fixtures/ui';
import { expect, test, type LxdClient } from './fixtures/test';

const filesTab = (name: string, path: string) =>
  `#/project/default/instance/${name}/files?path=${encodeURIComponent(path)}`;
const row = (page: Page, entry: string) => page.locator(`tr[data-file="${entry}"]`);
const cells = (locator: Locator) => locator.locator('td');

/** Runs a shell command in the instance; returns its stdout. */
const sh = (lxd: LxdClient, name: string, script: string) => lxd.lxc(['exec', name, '--', 'sh', '-c', script]);

/** The file's bytes as the instance holds them, read with `lxc file pull`. */
function pull(lxd: LxdClient, name: string, path: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'lxdeck-files-'));
  try {
    const target = join(dir, 'pulled');
    lxd.lxc(['file', 'pull', `${name}${path}`, target]);
    return readFileSync(target);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function push(lxd: LxdClient, name: string, path: string, bytes: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'lxdeck-files-'));
  try {
    const source = join(dir, 'source');
    writeFileSync(source, bytes);
    lxd.lxc(['file', 'push', source, `${name}${path}`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every byte value, several times: a binary file that no text decoding survives. */
const ALL_BYTES = Buffer.from(Array.from({ length: 256 * 4 }, (_, index) => (index * 7 + 3) % 256));

async function openFiles(page: Page, name: string, path: string) {
  await page.goto(filesTab(name, path));
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: `Files in ${path}` })).toBeVisible({ timeout: 30_000 });
}

async function expectToast(page: Page, text: string) {
  const toast = page.getByRole('status').filter({ hasText: text });
  await expect(toast.first()).toBeVisible({ timeout: 30_000 });
  await toast.first().getByRole('button', { name: 'Dismiss' }).click();
}

test.describe('instance files', () => {
  test('lists a folder with type, size, mode and owner as the instance has them; navigates by link, breadcrumb and URL', async ({ page, lxd }) => {
    const name = lxd.uniqueName('files');
    await lxd.createInstance(name, { start: true });
    sh(
      lxd,
      name,
      'mkdir -p /root/t/sub && printf "hello\\n" > /root/t/a.txt && chmod 640 /root/t/a.txt && chown 1000:1001 /root/t/a.txt ' +
        '&& chmod 711 /root/t/sub && ln -s a.txt /root/t/link && head -c 3000 /dev/zero > /root/t/zeros',
    );
    // `stat` in the instance: name, size, octal mode, uid, gid.
    const truth = new Map(
      sh(lxd, name, 'cd /root/t && stat -c "%n %s %a %u %g" a.txt sub link zeros')
        .trim()
        .split('\n')
        .map((line) => {
          const [entry = '', size, mode, uid, gid] = line.split(' ');
          return [entry, { size: Number(size), mode, uid, gid }] as const;
        }),
    );

    await openFiles(page, name, '/root/t');
    const file = cells(row(page, 'a.txt'));
    await expect(file.nth(1)).toHaveText('File');
    await expect(file.nth(2)).toHaveText(`${truth.get('a.txt')?.size} B`);
    await expect(file.nth(3)).toHaveText('-rw-r-----');
    await expect(file.nth(3).locator('[title]')).toHaveAttribute('title', `0${truth.get('a.txt')?.mode}`);
    await expect(file.nth(4)).toHaveText(String(truth.get('a.txt')?.uid));
    await expect(file.nth(5)).toHaveText(String(truth.get('a.txt')?.gid));

    const zeros = cells(row(page, 'zeros'));
    await expect(zeros.nth(2)).toHaveText('2.9 KiB');
    expect(truth.get('zeros')?.size).toBe(3000);

    const sub = cells(row(page, 'sub'));
    await expect(sub.nth(1)).toHaveText('Folder');
    await expect(sub.nth(3)).toHaveText('drwx--x--x');
    await expect(sub.nth(2)).toHaveText('—');

    const link = cells(row(page, 'link'));
    await expect(link.nth(1)).toHaveText('Link');
    await expect(link.nth(3)).toHaveText('lrwxrwxrwx');

    // Into the sub folder by its link; the URL carries the path, so a reload stays there.
    await row(page, 'sub').getByRole('link', { name: 'sub' }).click();
    await expect(page).toHaveURL(/files\?path=%2Froot%2Ft%2Fsub$/);
    await expect(page.getByText('This folder is empty')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('table', { name: 'Files in /root/t/sub' })).toBeVisible();

    // Up with "..", then to / with the breadcrumb.
    await page.getByRole('link', { name: 'Parent folder' }).click();
    await expect(page.getByRole('table', { name: 'Files in /root/t' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Folder path' }).getByRole('link', { name: 'Root folder' }).click();
    await expect(page.getByRole('table', { name: 'Files in /' })).toBeVisible();
    await expect(row(page, 'etc')).toBeVisible();

    // A link to a file opens the file (its target is relative: a.txt beside the link).
    await page.goto(filesTab(name, '/root/t/link'));
    await expect(page.getByRole('heading', { name: '/root/t/a.txt is a file' })).toBeVisible();
    await expect(page.getByRole('note')).toHaveText('Opened /root/t/a.txt, the target of the link /root/t/link.');
    await expect(page.getByRole('link', { name: 'Download a.txt' })).toBeVisible();
  });

  test('one click on a link to a folder opens the folder, relative targets included; a loop is named, not followed', async ({ page, lxd }) => {
    const name = lxd.uniqueName('files');
    await lxd.createInstance(name, { start: true });
    sh(
      lxd,
      name,
      'ln -s /etc /root/abs-link && ln -s ../etc /root/rel-link && ln -s /root/loop-b /root/loop-a && ln -s /root/loop-a /root/loop-b ' +
        '&& ln -s self /root/self && ln -s rel-link /root/chain && mkdir /root/inner && touch /root/inner/marker && ln -s inner /root/in-link',
    );
    expect(sh(lxd, name, 'readlink /root/rel-link').trim()).toBe('../etc');
    await openFiles(page, name, '/root');

    for (const [link, via] of [
      ['abs-link', '/root/abs-link'],
      ['rel-link', '/root/rel-link'],
      ['chain', '/root/chain (through /root/rel-link)'],
    ] as const) {
      await row(page, link).getByRole('link', { name: link }).click();
      await expect(page.getByRole('table', { name: 'Files in /etc' })).toBeVisible();
      await expect(row(page, 'passwd')).toBeVisible();
      await expect(page.getByRole('note')).toHaveText(`Opened /etc, the target of the link ${via}.`);
      await expect(page.getByRole('navigation', { name: 'Folder path' }).locator('[aria-current="location"]')).toHaveText('etc');
      await expect(page.getByRole('link', { name: 'Up one folder' })).toHaveAttribute('href', /path=%2F$/);
      // The link was replaced by its target in the history: Back returns to /root.
      await page.goBack();
      await expect(page.getByRole('table', { name: 'Files in /root' })).toBeVisible();
    }

    // The URL holds the followed link, so a reload shows the same folder and note.
    await row(page, 'rel-link').getByRole('link', { name: 'rel-link' }).click();
    await expect(page).toHaveURL(/path=%2Fetc&via=%2Froot%2Frel-link$/);
    await page.reload();
    await expect(row(page, 'passwd')).toBeVisible();
    await expect(page.getByRole('note')).toHaveText('Opened /etc, the target of the link /root/rel-link.');
    // Leaving the folder drops the note.
    await page.getByRole('link', { name: 'Up one folder' }).click();
    await expect(page.getByRole('table', { name: 'Files in /' })).toBeVisible();
    await expect(page.getByRole('note')).toHaveCount(0);

    // LXD 5.0.2 sends a relative target already made absolute (`inner` as `/root/inner`); a server
    // sending it as stored must lead to the same folder, taken from the link's folder, not from /.
    await page.route(
      (url) => url.searchParams.get('path') === '/root/in-link',
      async (route) => {
        const response = await route.fetch();
        if (route.request().method() !== 'GET' || route.request().headers()['range']) return route.fulfill({ response });
        expect(await response.text()).toBe('/root/inner');
        return route.fulfill({ response, body: 'inner' });
      },
    );
    await openFiles(page, name, '/root');
    await row(page, 'in-link').getByRole('link', { name: 'in-link' }).click();
    await expect(page.getByRole('table', { name: 'Files in /root/inner' })).toBeVisible();
    await expect(row(page, 'marker')).toBeVisible();
    await expect(page.getByRole('note')).toHaveText('Opened /root/inner, the target of the link /root/in-link.');
    await page.unrouteAll();

    await openFiles(page, name, '/root');
    await row(page, 'loop-a').getByRole('link', { name: 'loop-a' }).click();
    await expect(page.getByRole('heading', { name: 'The link /root/loop-a loops' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('/root/loop-a → /root/loop-b → /root/loop-a');
    await page.getByRole('link', { name: 'Back to /root' }).click();
    await expect(page.getByRole('table', { name: 'Files in /root' })).toBeVisible();
    await row(page, 'self').getByRole('link', { name: 'self' }).click();
    await expect(page.getByRole('heading', { name: 'The link /root/self loops' })).toBeVisible();
  });

  test('uploads text and binary files byte for byte, and asks before overwriting', async ({ page, lxd }) => {
    const name = lxd.uniqueName('files');
    await lxd.createInstance(name, { start: true });
    sh(lxd, name, 'mkdir -p /root/up');
    await openFiles(page, name, '/root/up');

    const input = page.getByLabel('Upload files');
    await input.setInputFiles([
      { name: 'hello.txt', mimeType: 'text/plain', buffer: Buffer.from('héllo from the browser\n') },
      { name: 'all-bytes.bin', mimeType: 'application/octet-stream', buffer: ALL_BYTES },
    ]);
    const uploads = page.getByRole('list', { name: 'Uploads' });
    await expect(uploads.locator('li[data-upload="/root/up/hello.txt"]')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    await expect(uploads.locator('li[data-upload="/root/up/all-bytes.bin"]')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    await expect(uploads.getByRole('progressbar', { name: 'Upload of /root/up/all-bytes.bin' })).toHaveAttribute('value', '100');

    expect(sh(lxd, name, 'cat /root/up/hello.txt')).toBe('héllo from the browser\n');
    expect(pull(lxd, name, '/root/up/all-bytes.bin').equals(ALL_BYTES)).toBe(true);
    // The listing shows the new files without a manual refresh.
    await expect(cells(row(page, 'all-bytes.bin')).nth(2)).toHaveText('1.0 KiB');

    // Same name again: a confirmation naming the file; Cancel uploads nothing.
    await input.setInputFiles([{ name: 'hello.txt', mimeType: 'text/plain', buffer: Buffer.from('second\n') }]);
    let dialog = page.getByRole('dialog', { name: 'Replace file?' });
    await expect(dialog).toContainText('/root/up/hello.txt');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(sh(lxd, name, 'cat /root/up/hello.txt')).toBe('héllo from the browser\n');

    await input.setInputFiles([{ name: 'hello.txt', mimeType: 'text/plain', buffer: Buffer.from('second\n') }]);
    dialog = page.getByRole('dialog', { name: 'Replace file?' });
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect(uploads.locator('li[data-upload="/root/up/hello.txt"][data-status="done"]')).toHaveCount(1, { timeout: 30_000 });
    await expect.poll(() => sh(lxd, name, 'cat /root/up/hello.txt')).toBe('second\n');
  });

  test('cancels a waiting and a running upload; the queue goes on; LXD keeps what it received', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('files');
    await lxd.createInstance(name, { start: true });
    sh(lxd, name, 'mkdir -p /root/up && printf "old content\\n" > /root/up/old.bin');
    const BIG = 32 * 1024 * 1024;
    const source = Buffer.alloc(BIG);
    for (let index = 0; index < BIG; index += 1) source[index] = (index * 31 + (index >> 12)) % 251;
    const dir = mkdtempSync(join(tmpdir(), 'lxdeck-upload-'));
    cleanup.add(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'big.bin'), source);
    writeFileSync(join(dir, 'old.bin'), source);
    writeFileSync(join(dir, 'skipped.txt'), 'never sent\n');
    writeFileSync(join(dir, 'after.txt'), 'uploaded after the cancel\n');
    const sizeIn = (path: string) => Number(sh(lxd, name, `stat -c %s ${path} 2>/dev/null || echo -1`).trim());

    await openFiles(page, name, '/root/up');
    // 1 MiB/s: the 32 MiB file would need half a minute, so it is surely still running when cancelled.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 1024 * 1024 });

    await page.getByLabel('Upload files').setInputFiles([join(dir, 'big.bin'), join(dir, 'skipped.txt'), join(dir, 'after.txt')]);
    const uploads = page.getByRole('list', { name: 'Uploads' });
    const big = uploads.locator('li[data-upload="/root/up/big.bin"]');
    const skipped = uploads.locator('li[data-upload="/root/up/skipped.txt"]');
    const after = uploads.locator('li[data-upload="/root/up/after.txt"]');

    // The throttle holds the XHR itself: the progress moves, but slowly.
    await expect(big).toHaveAttribute('data-status', 'uploading');
    await expect(big.locator('.upload-status')).toHaveText(/^Uploading [1-9]\d?%$/, { timeout: 20_000 });
    await expect(skipped).toHaveAttribute('data-status', 'waiting');

    // A waiting upload is skipped: it never starts.
    await skipped.getByRole('button', { name: 'Cancel upload of /root/up/skipped.txt' }).click();
    await expect(skipped).toHaveAttribute('data-status', 'cancelled');
    await expect(skipped.locator('.upload-status')).toHaveText('Cancelled');
    await expect(skipped.getByRole('button')).toHaveCount(0);

    // LXD writes as it receives: wait until bytes reached the instance, then stop the request.
    await expect.poll(() => sizeIn('/root/up/big.bin'), { timeout: 20_000 }).toBeGreaterThan(0);
    await big.getByRole('button', { name: 'Cancel upload of /root/up/big.bin' }).click();
    await expect(big).toHaveAttribute('data-status', 'cancelled');
    await expect(big.locator('.upload-status')).toHaveText('Cancelled — /root/up/big.bin may have been partly written.');
    await expect(uploads.getByRole('alert')).toHaveCount(0);

    // The next one in the queue still goes.
    await expect(after).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    expect(sh(lxd, name, 'cat /root/up/after.txt')).toBe('uploaded after the cancel\n');
    expect(sh(lxd, name, 'test -e /root/up/skipped.txt && echo yes || echo no').trim()).toBe('no');

    // What LXD 5.0.2 leaves: the start of the file, no more growing, and no temp file beside it.
    const kept = sizeIn('/root/up/big.bin');
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(BIG);
    const partial = pull(lxd, name, '/root/up/big.bin');
    expect(partial.length).toBe(kept);
    expect(partial.equals(source.subarray(0, kept))).toBe(true);
    expect(sh(lxd, name, 'ls -A /root/up').trim().split('\n')).toEqual(['after.txt', 'big.bin', 'old.bin']);
    await expect(cells(row(page, 'big.bin')).nth(2)).not.toHaveText('32.0 MiB');

    // Replacing a file and cancelling midway: the old content is gone, part of the new one is there.
    await page.getByLabel('Upload files').setInputFiles(join(dir, 'old.bin'));
    await page.getByRole('dialog', { name: 'Replace file?' }).getByRole('button', { name: 'Replace' }).click();
    const old = uploads.locator('li[data-upload="/root/up/old.bin"]');
    await expect(old).toHaveAttribute('data-status', 'uploading');
    await expect.poll(() => sizeIn('/root/up/old.bin'), { timeout: 20_000 }).toBeGreaterThan(1024);
    await old.getByRole('button', { name: 'Cancel upload of /root/up/old.bin' }).click();
    await expect(old.locator('.upload-status')).toHaveText('Cancelled — /root/up/old.bin may have been partly written: its old content may be gone.');
    const replaced = pull(lxd, name, '/root/up/old.bin');
    expect(replaced.length).toBeLessThan(BIG);
    expect(replaced.equals(source.subarray(0, replaced.length))).toBe(true);

    // Cancelled ones count as finished.
    await page.getByRole('button', { name: 'Clear finished uploads' }).click();
    await expect(uploads).toBeHidden();
  });

  test('uploads stay in view while moving between folders; leaving the tab asks, then cancels them', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('files');
    await lxd.createInstance(name, { start: true });
    sh(lxd, name, 'mkdir -p /root/up/sub');
    const BIG = 16 * 1024 * 1024;
    const dir = mkdtempSync(join(tmpdir(), 'lxdeck-upload-'));
    cleanup.add(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'big.bin'), Buffer.alloc(BIG, 7));
    const sizeIn = (path: string) => Number(sh(lxd, name, `stat -c %s ${path} 2>/dev/null || echo -1`).trim());

    await openFiles(page, name, '/root/up');
    // 512 KiB/s: the upload takes half a minute, so it is surely still running when we leave.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 512 * 1024 });
    await page.getByLabel('Upload files').setInputFiles(join(dir, 'big.bin'));
    const big = page.getByRole('list', { name: 'Uploads' }).locator('li[data-upload="/root/up/big.bin"]');
    await expect(big).toHaveAttribute('data-status', 'uploading');

    // Into a subfolder: the upload is still listed, and still running.
    await row(page, 'sub').getByRole('link', { name: 'sub' }).click();
    await expect(page.getByRole('table', { name: 'Files in /root/up/sub' })).toBeVisible();
    await expect(big).toHaveAttribute('data-status', 'uploading');

    // Leaving the tab asks first; staying keeps the upload going.
    const terminalTab = page.getByRole('link', { name: 'Terminal', exact: true });
    await terminalTab.click();
    const dialog = page.getByRole('dialog', { name: 'Leave while uploading?' });
    await expect(dialog).toContainText(`An upload is still under way to ${name}`);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/files\?/);
    await expect(big).toHaveAttribute('data-status', 'uploading');

    // Leaving for real stops the request: nothing keeps writing out of sight.
    const aborted = page.waitForEvent('requestfailed', (request) => request.method() === 'POST' && request.url().includes('/files?'));
    await terminalTab.click();
    await dialog.getByRole('button', { name: 'Leave and cancel uploads' }).click();
    await expect(page).toHaveURL(/\/terminal$/);
    expect((await aborted).failure()?.errorText).toContain('ERR_ABORTED');
    expect(sizeIn('/root/up/big.bin')).toBeLessThan(BIG);
  });

  test('downloads a binary file with exactly the bytes the instance holds', async ({ page, lxd }) => {
    const name = lxd.uniqueName('files');
    await lxd.createInstance(name, { start: true });
    sh(lxd, name, 'mkdir -p /root/dl');
    push(lxd, name, '/root/dl/blob.bin', ALL_BYTES);
    await openFiles(page, name, '/root/dl');

    const downloadPromise = page.waitForEvent('download');
    await row(page, 'blob.bin').getByRole('link', { name: 'Download blob.bin' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('blob.bin');
    const saved = readFileSync(await download.path());
    expect(saved.equals(pull(lxd, name, '/root/dl/blob.bin'))).toBe(true);
    expect(saved.equals(ALL_BYTES)).toBe(true);
  });

  test('creates a folder, deletes a file and a folder; a folder that is not empty is refused with LXD\u2019s message', async ({ page, lxd }) => {
    const name = lxd.uniqueName('files');
    await lxd.createInstance(name, { start: true });
    sh(lxd, name, 'mkdir -p /root/w/full && echo x > /root/w/full/inside && echo bye > /root/w/gone.txt');
    await openFiles(page, name, '/root/w');

    const form = page.getByRole('form', { name: 'New folder' });
    const field = form.getByRole('textbox', { name: 'Folder name' });
    await field.fill('a/b');
    await form.getByRole('button', { name: 'Create folder' }).click();
    await expect(form.getByRole('alert')).toHaveText('Cannot contain "/".');
    await field.fill('..');
    await expect(form.getByRole('alert')).toHaveText('".." is not a name.');
    await field.fill('full');
    await expect(form.getByRole('alert')).toHaveText('"full" already exists here.');
    expect(sh(lxd, name, 'ls /root/w').trim().split('\n')).toEqual(['full', 'gone.txt']);

    await field.fill('made here');
    await form.getByRole('button', { name: 'Create folder' }).click();
    await expect(row(page, 'made here')).toBeVisible();
    await expect(field).toHaveValue('');
    expect(sh(lxd, name, 'test -d "/root/w/made here" && echo yes').trim()).toBe('yes');

    // Delete a file.
    await (await rowMenuItem(row(page, 'gone.txt'), 'gone.txt', 'Delete gone.txt')).click();
    let dialog = page.getByRole('dialog', { name: 'Delete file?' });
    await expect(dialog).toContainText(`Delete /root/w/gone.txt from ${name}?`);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
    await expect(row(page, 'gone.txt')).toHaveCount(0);
    expect(sh(lxd, name, 'test -e /root/w/gone.txt || echo absent').trim()).toBe('absent');

    // A folder with something inside: LXD refuses, the dialog shows why, nothing is lost.
    await expect(cells(row(page, 'full')).nth(1)).toHaveText('Folder');
    await (await rowMenuItem(row(page, 'full'), 'full', 'Delete full')).click();
    dialog = page.getByRole('dialog', { name: 'Delete folder?' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog.getByRole('alert')).toContainText('directory not empty');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(sh(lxd, name, 'cat /root/w/full/inside')).toBe('x\n');

    // An empty folder goes.
    await expect(cells(row(page, 'made here')).nth(1)).toHaveText('Folder');
    await (await rowMenuItem(row(page, 'made here'), 'made here', 'Delete made here')).click();
    dialog = page.getByRole('dialog', { name: 'Delete folder?' });
    await expect(dialog).toContainText('/root/w/made here');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(row(page, 'made here')).toHaveCount(0);
    expect(sh(lxd, name, 'ls /root/w').trim().split('\n')).toEqual(['full']);
  });

  test('edits a small text file keeping its owner and mode; a failed save keeps the text; binary and large files are not edited', async ({ page, lxd }) => {
    const name = lxd.uniqueName('files');
    await lxd.createInstance(name, { start: true });
    sh(
      lxd,
      name,
      'mkdir -p /root/e && printf "port=80\\n" > /root/e/app.conf && chmod 600 /root/e/app.conf && chown 1000:1000 /root/e/app.conf ' +
        '&& head -c 1100000 /dev/zero | tr "\\0" a > /root/e/large.txt',
    );
    push(lxd, name, '/root/e/blob.bin', ALL_BYTES);
    await openFiles(page, name, '/root/e');

    // Larger than 1 MiB: no editor, and the button says why.
    const largeEdit = row(page, 'large.txt').getByRole('button', { name: 'Edit large.txt' });
    await expect(largeEdit).toBeDisabled();
    await expect(largeEdit).toHaveAccessibleDescription('Larger than 1.0 MiB; download it instead.');

    // Binary: the editor offers the download instead.
    await row(page, 'blob.bin').getByRole('button', { name: 'Edit blob.bin' }).click();
    const editor = page.getByRole('region', { name: '/root/e/blob.bin' });
    await expect(editor).toContainText('is not a text file');
    await expect(editor.getByRole('link', { name: 'Download blob.bin' })).toBeVisible();
    await editor.getByRole('button', { name: 'Close editor' }).click();

    await row(page, 'app.conf').getByRole('button', { name: 'Edit app.conf' }).click();
    await expect(page).toHaveURL(/edit=app.conf/);
    const text = page.getByRole('textbox', { name: 'Contents of /root/e/app.conf' });
    await expect(text).toHaveValue('port=80\n');
    await text.fill('port=8080\nhost=ünïcode\n');
    await page.getByRole('button', { name: 'Save' }).click();
    await expectToast(page, 'Saved');
    expect(sh(lxd, name, 'cat /root/e/app.conf')).toBe('port=8080\nhost=ünïcode\n');
    expect(sh(lxd, name, 'stat -c "%a %u %g" /root/e/app.conf').trim()).toBe('600 1000 1000');

    // The path becomes a folder behind the page's back: LXD refuses, the typed text stays.
    sh(lxd, name, 'rm /root/e/app.conf && mkdir /root/e/app.conf');
    await text.fill('port=9090\n');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('form', { name: 'Edit app.conf' }).getByRole('alert')).toContainText('is a directory');
    await expect(text).toHaveValue('port=9090\n');
  });

  test('without the file_delete extension, Delete is disabled and says why', async ({ page, lxd }) => {
    const name = lxd.uniqueName('files');
    await lxd.createInstance(name);
    // LXD 5.0.2 has file_delete; an older server is played by leaving it out of GET /1.0.
    await page.route(
      (url) => url.pathname === '/1.0',
      async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { metadata: { api_extensions: string[] } };
        body.metadata.api_extensions = body.metadata.api_extensions.filter((extension) => extension !== 'file_delete');
        await route.fulfill({ response, json: body });
      },
    );
    await openFiles(page, name, '/');
    const remove = await rowMenuItem(row(page, 'etc'), 'etc', 'Delete etc');
    await expect(remove).toBeDisabled();
    await expect(remove).toHaveAccessibleDescription(/lacks the file_delete API extension/);
  });
});
