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
