import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import {
  createTrustToken,
  deleteCertificate,
  fingerprintOf,
  makeClientCertificate,
  makeTempDir,
  revokeTrustToken,
  trustCertificate,
} from './fixtures/certs';
import { expect, test, type Cleanup } from './fixtures/test';

// Each test opens its own browser context with the client certificate it is about (or none);
// the default context of the harness presents the sandbox's trusted certificate.
async function openApp(
  browser: Browser,
  cleanup: Cleanup,
  url: string,
  clientCertificates: NonNullable<BrowserContextOptions['clientCertificates']>,
): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, clientCertificates });
  cleanup.add(() => context.close());
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const setupHeading = (page: Page) => page.getByRole('heading', { name: 'Connect this browser to LXD' });
const instancesHeading = (page: Page) => page.getByRole('heading', { name: 'Instances', level: 1 });

test.describe('onboarding of an untrusted browser', () => {
  test('redeems a trust token and goes on to the instance list without a reload', async ({ browser, lxd, cleanup }) => {
    const cert = makeClientCertificate(lxd.uniqueName('untrusted'));
    cleanup.add(() => cert.remove());
    cleanup.add(() => deleteCertificate(lxd, cert.fingerprint));
    const page = await openApp(browser, cleanup, lxd.state.url, [
      { origin: lxd.origin, certPath: cert.certPath, keyPath: cert.keyPath },
    ]);
    await expect(setupHeading(page)).toBeVisible();
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    const field = page.getByRole('textbox', { name: 'Trust token' });
    const submit = page.getByRole('button', { name: 'Trust this browser' });

    // Not a token at all: LXD's own refusal, and the field keeps what was typed.
    await field.fill('not-a-real-token');
    await submit.click();
    await expect(page.getByRole('alert')).toContainText('LXD refused the token: not authorized');
    await expect(field).toHaveValue('not-a-real-token');

    // A real token that was revoked before use: LXD says there is no such token any more.
    const revoked = await createTrustToken(lxd, lxd.uniqueName('revoked'));
    await revokeTrustToken(lxd, revoked.operationId);
    await field.fill(revoked.token);
    await submit.click();
    await expect(page.getByRole('alert')).toContainText('No matching certificate add operation found');
    await expect(field).toHaveValue(revoked.token);

    const name = lxd.uniqueName('browser');
    const good = await createTrustToken(lxd, name);
    cleanup.add(() => revokeTrustToken(lxd, good.operationId));
    await field.fill(`Client ${name} certificate add token:\n${good.token}\n`);
    await submit.click();

    await expect(instancesHeading(page)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    const trusted = await lxd.get<{ name: string; restricted: boolean }>(`/1.0/certificates/${cert.fingerprint}`);
    expect(trusted).toMatchObject({ name, restricted: false });
  });

  test('the certificate made in the page is real: the .p12 opens, and once trusted it gets a browser in', async ({
    browser,
    lxd,
    cleanup,
  }) => {
    const dir = makeTempDir();
    cleanup.add(() => rmSync(dir, { recursive: true, force: true }));
    // A browser that presents no certificate at all.
    const page = await openApp(browser, cleanup, lxd.state.url, []);
    await expect(setupHeading(page)).toBeVisible();

    const password = 'correct horse 7';
    // Too short for a file that holds the private key: refused where it was typed, with a hint.
    await page.getByLabel('Password for the .p12 file').fill('short 1');
    await expect(page.getByText('Strength: weak')).toBeVisible();
    await page.getByLabel('Repeat the password').fill('short 1');
    await page.getByRole('button', { name: 'Create certificate' }).click();
    await expect(page.getByRole('alert')).toHaveText('The password needs at least 12 characters.');
    await expect(page.getByLabel('Password for the .p12 file')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Password for the .p12 file').fill(password);
    await expect(page.getByText('Strength: strong')).toBeVisible();
    await page.getByLabel('Repeat the password').fill('something else');
    await page.getByRole('button', { name: 'Create certificate' }).click();
    await expect(page.getByRole('alert')).toHaveText('The two passwords differ.');
    await page.getByLabel('Repeat the password').fill(password);

    // Made in a worker, and nothing leaves the page meanwhile but the worker script's own fetch.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    const worker = page.waitForEvent('worker');
    await page.getByRole('button', { name: 'Create certificate' }).click();
    expect((await worker).url()).toMatch(/\/ui\/assets\/certificate\.worker-[\w-]+\.js$/);
    const host = new URL(lxd.state.url).hostname;
    await expect(page.getByRole('heading', { name: `Certificate lxdeck@${host} is ready` })).toBeVisible();
    expect(requests.filter((entry) => !/^GET \/ui\/assets\/certificate\.worker-[\w-]+\.js$/.test(entry))).toEqual([]);

    const save = async (name: RegExp) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      const file = path.join(dir, download.suggestedFilename());
      await download.saveAs(file);
      return file;
    };
    const p12Path = await save(/^Download .*\.p12$/);
    const crtPath = await save(/^Download .*\.crt$/);
    expect(path.basename(p12Path)).toBe(`lxdeck-${host}.p12`);
    expect(path.basename(crtPath)).toBe(`lxdeck-${host}.crt`);

    // OpenSSL opens the .p12 with the password (3DES and a SHA-1 MAC, as macOS Keychain needs) ...
    const info = spawnSync('openssl', ['pkcs12', '-in', p12Path, '-info', '-nokeys', '-passin', `pass:${password}`], {
      encoding: 'utf8',
    });
    expect(info.status).toBe(0);
    expect(info.stderr).toMatch(/MAC: sha1/);
    expect(info.stderr).toMatch(/Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC/);
    const crt = readFileSync(crtPath, 'utf8');
    const fingerprint = fingerprintOf(crt);
    expect(fingerprintOf(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(info.stdout)?.[0] ?? '')).toBe(
      fingerprint,
    );
    await expect(page.getByText(fingerprint)).toBeVisible();
    const subject = execFileSync('openssl', ['x509', '-in', crtPath, '-noout', '-subject', '-ext', 'extendedKeyUsage'], {
      encoding: 'utf8',
    });
    expect(subject).toMatch(new RegExp(`CN ?= ?lxdeck@${host.replaceAll('.', '\\.')}`));
    expect(subject).toMatch(/TLS Web Client Authentication/);
    // ... and refuses a wrong one.
    expect(spawnSync('openssl', ['pkcs12', '-in', p12Path, '-nokeys', '-passin', 'pass:wrong']).status).not.toBe(0);

    // The browser presenting the .p12 is not trusted yet, then is once the .crt is trusted on the server.
    const withP12 = await openApp(browser, cleanup, lxd.state.url, [{ origin: lxd.origin, pfxPath: p12Path, passphrase: password }]);
    await expect(setupHeading(withP12)).toBeVisible();
    cleanup.add(() => deleteCertificate(lxd, fingerprint));
    lxd.lxc(['config', 'trust', 'add', crtPath]);
    await withP12.reload();
    await expect(instancesHeading(withP12)).toBeVisible();
  });
});

test.describe('a trusted browser', () => {
  test('never downloads the setup page or its certificate worker', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto('#/project/default/instances');
    await expect(instancesHeading(page)).toBeVisible();
    expect(fetched.some((path) => path.startsWith('/ui/assets/index-'))).toBe(true);
    expect(fetched.filter((path) => /SetupPage|certificate\.worker/.test(path))).toEqual([]);
  });
});

test.describe('a restricted certificate', () => {
  test('sees only its project, is told so, and stays out of other projects', async ({ browser, page, lxd, cleanup }) => {
    const project = lxd.uniqueName('rp');
    cleanup.project(project);
    await lxd.createProject(project);
    const inProject = `${project}-c`;
    cleanup.instance(inProject, project);
    await lxd.createInstance(inProject, { project });

    const cert = makeClientCertificate(lxd.uniqueName('restricted'));
    cleanup.add(() => cert.remove());
    cleanup.add(() => deleteCertificate(lxd, cert.fingerprint));
    await trustCertificate(lxd, cert.pem, { name: lxd.uniqueName('restricted'), projects: [project] });

    // Opening the app lands in its project, not in "default" (which LXD refuses it).
    const restricted = await openApp(browser, cleanup, lxd.state.url, [
      { origin: lxd.origin, certPath: cert.certPath, keyPath: cert.keyPath },
    ]);
    await expect(restricted).toHaveURL(new RegExp(`#/project/${project}/instances`));
    await expect(instancesHeading(restricted)).toBeVisible();
    await expect(restricted.locator(`tr[data-instance="${inProject}"]`)).toBeVisible();
    await expect(restricted.getByRole('combobox', { name: 'Project' }).locator('option')).toHaveText([project]);
    await expect(restricted.getByRole('note', { name: 'Restricted certificate' })).toContainText(
      `restricted to the project ${project}`,
    );
    // LXD 5.0.2 lets a restricted certificate open the all-projects events socket.
    await expect(restricted.getByRole('status', { name: /Connection: Live/ })).toBeVisible();

    await restricted.goto(`${lxd.state.url}#/project/default/instances`);
    await expect(restricted).toHaveURL(new RegExp(`#/project/${project}/instances`));

    // The sandbox's own (admin) certificate sees no such note.
    await page.goto(`#/project/${project}/instances`);
    await expect(instancesHeading(page)).toBeVisible();
    await expect(page.getByRole('note', { name: 'Restricted certificate' })).toHaveCount(0);
  });
});
