import { expect, test } from './fixtures/test';

test.describe('hardening', () => {
  test('inside a frame the page refuses to run and asks LXD for nothing', async ({ page, baseURL }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/1.0')) asked.push(request.url());
    });
    const app = new URL('#/project/default/instances', baseURL).href;
    await page.setContent(`<iframe src="${app}" title="Framed dashboard" width="800" height="600"></iframe>`);
    const frame = page.frameLocator('iframe[title="Framed dashboard"]');
    await expect(frame.getByRole('heading', { level: 1, name: 'lxdeck does not run inside a frame' })).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Open lxdeck in a new tab' })).toHaveAttribute('href', app);
    await expect(frame.getByRole('table')).toHaveCount(0);
    expect(asked).toEqual([]);
  });

  test('a wall framed by a page of an origin the build does not list refuses to run', async ({ page, baseURL }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/1.0')) asked.push(request.url());
    });
    const wall = new URL('?readonly=1#/wall?embed=1', baseURL).href;
    await page.route('https://unlisted.example/', (route) =>
      route.fulfill({ contentType: 'text/html', body: `<title>Unlisted</title><iframe src="${wall}" title="Framed wall"></iframe>` }),
    );
    await page.goto('https://unlisted.example/');
    const frame = page.frameLocator('iframe[title="Framed wall"]');
    await expect(frame.getByRole('heading', { level: 1, name: 'lxdeck does not run inside a frame' })).toBeVisible();
    await expect(frame.locator('[data-tile]')).toHaveCount(0);
    expect(asked).toEqual([]);
  });

  test('framed by its own server, a route other than the wall refuses to run; the wall runs', async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const list = new URL('?readonly=1#/project/default/instances', baseURL).href;
    const wall = new URL('?readonly=1#/wall?embed=1&tiles=instances', baseURL).href;
    // A page of the server's own origin (not one LXD serves: answered here) framing both.
    await page.route(`${origin}/framing-test`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<title>Framing</title><iframe src="${list}" title="Framed list"></iframe><iframe src="${wall}" title="Framed wall"></iframe>`,
      }),
    );
    await page.goto(`${origin}/framing-test`);
    const framedList = page.frameLocator('iframe[title="Framed list"]');
    await expect(framedList.getByRole('heading', { level: 1, name: 'lxdeck does not run inside a frame' })).toBeVisible();
    await expect(framedList.getByRole('table')).toHaveCount(0);
    await expect(page.frameLocator('iframe[title="Framed wall"]').locator('[data-tile="instances"]')).toBeVisible();
  });

  test('Trusted Types are enforced: a string given to innerHTML is refused, the app itself needs none', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Trusted(HTML|Script|TypePolicy)|trusted-types/.test(message.text())) violations.push(message.text());
    });
    await page.goto('#/project/default/instances');
    await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain('trusted-types default');
    expect(violations).toEqual([]);
    const outcome = await page.evaluate(() => {
      try {
        document.body.innerHTML = '<b>x</b>';
        return 'assigned';
      } catch (error) {
        return error instanceof TypeError ? 'TypeError' : String(error);
      }
    });
    expect(outcome).toBe('TypeError');
    await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  });

  test('on its own the page runs as usual', async ({ page }) => {
    await page.goto('#/project/default/instances');
    await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
    await expect(page.getByText('does not run inside a frame')).toHaveCount(0);
  });
});
