import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { deleteCertificate, makeClientCertificate, trustCertificate } from './fixtures/certs';
import { expect as baseExpect, test } from './fixtures/test';
import { lxcCounts, overflowing } from './fixtures/wall';

// The machine that runs these is shared and often loaded: conditions get more time, never a sleep.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1920, height: 1080 } });

const tile = (page: Page, id: string) => page.locator(`[data-tile="${id}"]`);
const figure = (page: Page, status: string) => tile(page, 'instances').locator(`[data-status="${status}"]`);

test.describe('wall screen', () => {
  test('a project’s wall: counts equal lxc list, an outside start shows within a second, nothing overflows at 1920×1080', async ({
    page,
    lxd,
    cleanup,
  }) => {
    const project = lxd.uniqueName('wall');
    cleanup.project(project);
    await lxd.createProject(project);
    const running = lxd.uniqueName('run');
    const stopped = lxd.uniqueName('stop');
    const autostart = lxd.uniqueName('auto');
    await Promise.all([
      lxd.createInstance(running, { project, start: true }),
      lxd.createInstance(stopped, { project }),
      lxd.createInstance(autostart, { project, config: { 'boot.autostart': 'true' } }),
    ]);

    // Operations: the project's own where LXD cannot list every project's at once (5.0), not the
    // project names and then each project's.
    const reads: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/1.0/operations' || url.pathname === '/1.0/projects') reads.push(url);
    });
    await page.goto(`#/wall/project/${project}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(project);
    await expect(page).toHaveTitle(`${project} · Wall · lxdeck`);
    // A kiosk view: no shell around it.
    await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
    await expect(page.locator('.wall')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('status', { name: 'Connection: live' })).toBeVisible();
    await expect(page.getByText(/^Last updated \d\d:\d\d:\d\d$/)).toBeVisible();

    const before = lxcCounts((args) => lxd.lxc(args), project);
    expect(before).toMatchObject({ Running: 1, Stopped: 2 });
    for (const [status, count] of Object.entries(before)) await expect(figure(page, status)).toHaveAttribute('data-count', String(count));
    await expect(figure(page, 'total')).toHaveAttribute('data-count', '3');

    // Stopped although it should autostart: named; the plain stopped one is not.
    const attention = tile(page, 'attention');
    await expect(attention.locator(`[data-instance="${autostart}"]`)).toContainText('stopped, autostart on');
    await expect(attention.locator(`[data-instance="${stopped}"]`)).toHaveCount(0);

    // Server health and pool space; warnings by severity (LXD 5.0.2 has the extension).
    await expect(tile(page, 'health').getByRole('meter', { name: 'Memory used' })).toBeVisible();
    await expect(tile(page, 'health').getByRole('meter', { name: 'Space used in default' })).toBeVisible();
    // The pool's name and its figure are read whole at 1920×1080 (one line for both cut the figure).
    const pool = tile(page, 'health').locator('[data-pool="default"]');
    for (const part of [pool.locator('.wall-name'), pool.locator('.space-bar-text')]) {
      const [scroll, client, text] = await part.evaluate((element) => [element.scrollWidth, element.clientWidth, element.textContent]);
      expect(scroll, `"${text}" is cut`).toBeLessThanOrEqual(client as number);
    }
    await expect(tile(page, 'warnings').locator('[data-severity="low"]')).toHaveAttribute('data-count', /^\d+$/);
    // Memory from /1.0/metrics of this project, with its history drawn by uPlot (its own chunk).
    await expect(tile(page, 'top').locator(`[data-metric="memory"] li[data-instance="${running}"]`)).toBeVisible();
    await expect(tile(page, 'top').locator('.wall-sparkline canvas').first()).toBeVisible();

    await expect(tile(page, 'operations')).toHaveAttribute('data-ready', 'true');
    expect(reads.filter((url) => url.pathname === '/1.0/projects').map(String)).toEqual([]);
    expect(
      reads.every((url) => url.searchParams.get('project') === project || url.searchParams.get('all-projects') === 'true'),
      reads.map(String).join(' '),
    ).toBe(true);
    expect(reads.length).toBeGreaterThan(0);

    await expectNoAxeViolations(page);
    expect(await overflowing(page)).toEqual([]);

    // Started from outside: the events socket brings it, within a second of lxc returning.
    lxd.lxc(['start', stopped, '--project', project]);
    await expect(figure(page, 'Running')).toHaveAttribute('data-count', '2', { timeout: 1500 });
    expect(lxcCounts((args) => lxd.lxc(args), project)).toMatchObject({ Running: 2, Stopped: 1 });
    await expect(figure(page, 'Stopped')).toHaveAttribute('data-count', '1');
    await expect(tile(page, 'events').locator('li[data-action="instance-started"]').filter({ hasText: stopped })).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
  });

  test('the address chooses tiles and theme; the chart code loads only on the wall; the sidebar links to it', async ({ page, lxd, cleanup }) => {
    const project = lxd.uniqueName('wallp');
    cleanup.project(project);
    await lxd.createProject(project);
    await lxd.createInstance(lxd.uniqueName('busy'), { project, start: true });
    const charts: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/sparkline-/.test(new URL(request.url()).pathname)) charts.push(request.url());
    });
    await page.goto(`#/project/${project}/instances`);
    await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
    expect(charts).toEqual([]); // the shell and the instance list never load uPlot
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Wall screen' }).click();
    await expect(page).toHaveURL(new RegExp(`#/wall/project/${project}$`));
    await expect(tile(page, 'instances')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
    await expect(tile(page, 'top').locator('.wall-sparkline canvas').first()).toBeVisible();
    expect(charts.length).toBeGreaterThan(0);

    await page.goto('#/wall?tiles=instances,events,nosuch&theme=light');
    await expect(page.locator('[data-tile]')).toHaveCount(2);
    await expect(page.locator('.wall')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByText(/Unknown tiles: nosuch/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('all projects');
    await expect(tile(page, 'instances').getByRole('rowheader').first()).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await overflowing(page)).toEqual([]);
  });

  test('a client certificate that expires within 30 days: said on the wall and in the shell', async ({ browser, lxd, cleanup }) => {
    // The fixture's certificates are valid for two days.
    const cert = makeClientCertificate(lxd.uniqueName('soon'));
    cleanup.add(() => cert.remove());
    await trustCertificate(lxd, cert.pem, { name: lxd.uniqueName('soon') });
    cleanup.add(() => deleteCertificate(lxd, cert.fingerprint));

    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      ignoreHTTPSErrors: true,
      clientCertificates: [{ origin: lxd.origin, certPath: cert.certPath, keyPath: cert.keyPath }],
    });
    try {
      const page = await context.newPage();
      await page.goto(`${lxd.state.url}#/wall/project/default?tiles=instances`);
      await expect(page.getByRole('status').filter({ hasText: /This browser's certificate expires in 1 day/ })).toBeVisible();
      await page.goto(`${lxd.state.url}#/project/default/instances`);
      const notice = page.getByRole('link', { name: /This browser's certificate expires in 1 day/ });
      await expect(notice).toBeVisible();
      await notice.click();
      await expect(page).toHaveURL(/#\/server\/certificates$/);
    } finally {
      await context.close();
    }
  });
});
