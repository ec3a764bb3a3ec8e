import { test } from './fixtures/test';
test('shots', async ({ page, lxd }) => {
  const fp = (await lxd.get<{ fingerprint: string }[]>('/1.0/images?recursion=1'))[0]!.fingerprint;
  await page.goto(`#/project/default/image/${fp}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByText('Where it came from').waitFor();
  await page.screenshot({ path: '/tmp/shot-overview.png', fullPage: true });
  await page.goto(`#/project/default/image/${fp}/configuration`);
  await page.locator('#config-yaml-value').waitFor({ state: 'attached' });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/shot-config.png', fullPage: true });
  await page.goto(`#/project/default/image/${fp}/aliases`);
  await page.getByRole('table', { name: 'Aliases' }).waitFor();
  await page.screenshot({ path: '/tmp/shot-aliases.png', fullPage: true });
  await page.goto(`#/project/default/images`);
  await page.locator('tr[data-image]').first().waitFor();
  await page.screenshot({ path: '/tmp/shot-list.png' });
});
