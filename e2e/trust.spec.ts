import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { deleteCertificate, fingerprintOf, makeClientCertificate, revokeTrustToken } from './fixtures/certs';
import { expect as baseExpect, test, type Cleanup, type LxdClient } from './fixtures/test';

// The Trust tab loads lazily and LXD answers slowly while the machine is shared.
const expect = baseExpect.configure({ timeout: 20_000 });

interface TrustedCertificate {
  name: string;
  fingerprint: string;
  restricted: boolean;
  projects: string[];
}

const TRUST = '#/server/certificates';
const certificateRow = (page: Page, fingerprint: string) => page.locator(`tr[data-fingerprint="${fingerprint}"]`);
const tokenRow = (page: Page, name: string) => page.getByRole('table', { name: 'Pending tokens' }).locator(`tr[data-token="${name}"]`);

/** `lxc config trust list-tokens` as CSV: the names of the pending tokens. */
const lxcTokenNames = (lxd: LxdClient) =>
  lxd
    .lxc(['config', 'trust', 'list-tokens', '--format', 'csv'])
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(',')[0]);

/** Revokes, after the test, a token of this name that is still pending. */
function revokeTokenAfter(lxd: LxdClient, cleanup: Cleanup, name: string) {
  cleanup.add(async () => {
    const groups = await lxd.get<Record<string, { id: string; class: string; metadata?: { request?: { name?: string } } }[] | null>>(
      '/1.0/operations?recursion=1',
    );
    for (const operation of Object.values(groups ?? {}).flatMap((list) => list ?? [])) {
      if (operation.class === 'token' && operation.metadata?.request?.name === name) await revokeTrustToken(lxd, operation.id);
    }
  });
}

/** Makes a token in the page and returns it as the dialog shows it (once). */
async function createTokenInPage(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Add by token' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a client by token' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create token' }).click();
  const shown = page.getByRole('dialog', { name: `Token for ${name}` });
  const field = shown.getByRole('textbox', { name: 'Trust token' });
  await expect(field).not.toHaveValue('');
  await expect(shown.getByRole('button', { name: 'Copy the token' })).toBeVisible();
  const token = await field.inputValue();
  await shown.getByRole('button', { name: 'Close' }).click();
  await expect(shown).toHaveCount(0);
  return token;
}

async function openSecondBrowser(browser: Browser, cleanup: Cleanup, lxd: LxdClient, certPath: string, keyPath: string) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, clientCertificates: [{ origin: lxd.origin, certPath, keyPath }] });
  cleanup.add(() => context.close());
  const page = await context.newPage();
  await page.goto(lxd.state.url);
  return page;
}

test.describe('the Trust tab', () => {
  test("lists the certificates as `lxc config trust list` does, marks this browser's, and warns loudly before deleting it", async ({
    page,
    lxd,
  }) => {
    await page.goto(TRUST);
    await expect(page.getByRole('table', { name: 'Trusted certificates' })).toBeVisible();
    const own = fingerprintOf(readFileSync(lxd.state.cert, 'utf8'));
    // CSV columns: type, name, common name, short fingerprint, issued, expires.
    const listed = lxd
      .lxc(['config', 'trust', 'list', '--format', 'csv'])
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(','));
    const all = await lxd.get<TrustedCertificate[]>('/1.0/certificates?recursion=1');
    expect(listed.length).toBe(all.length);
    for (const [type, name, , short] of listed) {
      const certificate = all.find((entry) => entry.fingerprint.startsWith(short ?? '-'));
      expect(certificate, `${name} ${short}`).toBeTruthy();
      const row = certificateRow(page, certificate?.fingerprint ?? '');
      await expect(row).toContainText(name ?? '');
      await expect(row).toContainText(type ?? '');
      await expect(row).toContainText(short ?? '');
    }
    const ownRow = certificateRow(page, own);
    await expect(ownRow.getByText('this browser')).toBeVisible();
    await expect(page.getByText('this browser', { exact: true })).toHaveCount(1);
    // The expiry comes from the certificate itself: the sandbox's is valid for ten years.
    const expiry = new Date(new X509Certificate(readFileSync(lxd.state.cert)).validTo);
    await expect(ownRow.locator('time')).toHaveAttribute('datetime', expiry.toISOString());
    await expect(ownRow).toContainText('all projects');

    // Deleting it would lock this browser out: the dialog says so and waits for that to be acknowledged.
    const { name } = await lxd.get<TrustedCertificate>(`/1.0/certificates/${own}`);
    await ownRow.getByRole('button', { name: `More actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: `Delete ${name}` }).click();
    const confirm = page.getByRole('dialog', { name: /^Delete certificate/ });
    await expect(confirm.getByRole('alert')).toContainText('This is the certificate this browser uses.');
    const remove = confirm.getByRole('button', { name: 'Delete certificate' });
    await expect(remove).toBeDisabled();
    await confirm.getByRole('checkbox', { name: 'I understand that this browser loses access' }).check();
    await expect(remove).toBeEnabled();
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toHaveCount(0);
    expect(await lxd.get<TrustedCertificate>(`/1.0/certificates/${own}`)).toMatchObject({ name });
    await expectNoAxeViolations(page);
  });

  test('a token made here is redeemed through the setup page by a second browser, then restricted to one project', async ({
    page,
    browser,
    lxd,
    cleanup,
  }) => {
    const project = lxd.uniqueName('trustp');
    await lxd.createProject(project);
    cleanup.project(project);
    const cert = makeClientCertificate(lxd.uniqueName('second'));
    cleanup.add(() => cert.remove());
    cleanup.add(() => deleteCertificate(lxd, cert.fingerprint));
    const name = lxd.uniqueName('browser2');
    revokeTokenAfter(lxd, cleanup, name);

    await page.goto(TRUST);
    const token = await createTokenInPage(page, name);
    await expect(tokenRow(page, name)).toBeVisible();

    const second = await openSecondBrowser(browser, cleanup, lxd, cert.certPath, cert.keyPath);
    await second.getByRole('textbox', { name: 'Trust token' }).fill(token);
    await second.getByRole('button', { name: 'Trust this browser' }).click();
    await expect(second.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
    await expect(second.getByRole('combobox', { name: 'Project' }).locator('option', { hasText: project })).toHaveCount(1);

    // LXD's events bring the new certificate into the list and take the token out, without a reload.
    const row = certificateRow(page, cert.fingerprint);
    await expect(row).toContainText(name);
    await expect(row).toContainText('all projects');
    await expect(tokenRow(page, name)).toHaveCount(0);

    await row.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${name}` });
    await edit.getByRole('radio', { name: 'Only these projects' }).check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit.getByRole('alert')).toHaveText('Choose at least one project, or leave it unrestricted.');
    await edit.getByRole('checkbox', { name: project }).check();
    await expectNoAxeViolations(page);
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toHaveCount(0);
    await expect(row).toContainText(`restricted ${project}`);
    expect(await lxd.get<TrustedCertificate>(`/1.0/certificates/${cert.fingerprint}`)).toMatchObject({ restricted: true, projects: [project] });

    // The second browser now sees that project alone.
    await second.reload();
    await expect(second.getByRole('combobox', { name: 'Project' }).locator('option')).toHaveText([project]);
    await expect(second.getByRole('note', { name: 'Restricted certificate' })).toContainText(project);
  });

  test('a pending token is listed and revoked, and `lxc config trust list-tokens` agrees', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('tok');
    revokeTokenAfter(lxd, cleanup, name);
    await page.goto(TRUST);
    await createTokenInPage(page, name);
    await expect(tokenRow(page, name)).toBeVisible();
    expect(lxcTokenNames(lxd)).toContain(name);

    await tokenRow(page, name).getByRole('button', { name: `Revoke token ${name}` }).click();
    const confirm = page.getByRole('dialog', { name: `Revoke the token for ${name}?` });
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(tokenRow(page, name)).toHaveCount(0);
    expect(lxcTokenNames(lxd)).not.toContain(name);
  });

  test('a PEM certificate is uploaded, listed, renamed over a concurrent change, and deleted', async ({ page, lxd, cleanup }) => {
    const cert = makeClientCertificate(lxd.uniqueName('pem-cn'));
    cleanup.add(() => cert.remove());
    cleanup.add(() => deleteCertificate(lxd, cert.fingerprint));
    const name = lxd.uniqueName('uploaded');

    await page.goto(TRUST);
    await page.getByRole('button', { name: 'Add a certificate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a certificate' });
    await dialog.getByLabel('Certificate file (.crt, PEM)').setInputFiles(cert.certPath);
    // The name starts as the certificate's common name.
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue(/^pem-cn/);
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('button', { name: 'Add certificate' }).click();
    await expect(dialog).toHaveCount(0);
    const row = certificateRow(page, cert.fingerprint);
    await expect(row).toContainText(name);
    expect(lxd.lxc(['config', 'trust', 'list', '--format', 'csv'])).toContain(`,${name},`);

    // An edit that crosses a change made elsewhere meets LXD's 412: the dialog says what changed and keeps the typed name.
    const renamed = `${name}-x`;
    await row.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${name}` });
    await edit.getByRole('textbox', { name: 'Name' }).fill(renamed);
    await lxd.call('PATCH', `/1.0/certificates/${cert.fingerprint}`, { name: `${name}-elsewhere` });
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit.getByRole('alert')).toContainText(`changed on the server since you opened it. It is now named ${name}-elsewhere`);
    await expect(edit.getByRole('textbox', { name: 'Name' })).toHaveValue(renamed);
    await edit.getByRole('button', { name: 'Save over it' }).click();
    await expect(edit).toHaveCount(0);
    await expect(row).toContainText(renamed);
    expect(await lxd.get<TrustedCertificate>(`/1.0/certificates/${cert.fingerprint}`)).toMatchObject({ name: renamed });

    await row.getByRole('button', { name: `More actions for ${renamed}` }).click();
    await page.getByRole('menuitem', { name: `Delete ${renamed}` }).click();
    const confirm = page.getByRole('dialog', { name: /^Delete certificate/ });
    await expect(confirm).toContainText(renamed);
    await expect(confirm.getByText('this browser', { exact: false })).toHaveCount(0);
    await confirm.getByRole('button', { name: 'Delete certificate' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(row).toHaveCount(0);
    expect(lxd.lxc(['config', 'trust', 'list', '--format', 'csv'])).not.toContain(`,${renamed},`);
  });
});
