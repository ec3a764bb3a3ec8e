import { expect, test, type LxdClient } from './fixtures/test';

interface Operation {
  id: string;
  status: string;
}

/** Starts `sleep <seconds>` in an instance without waiting: a task operation that runs a while. */
async function startSleep(lxd: LxdClient, name: string, seconds: number, project = 'default'): Promise<string> {
  const query = project === 'default' ? '' : `?project=${project}`;
  const res = await lxd.request<Operation>('POST', `/1.0/instances/${name}/exec${query}`, {
    command: ['sleep', String(seconds)],
    'wait-for-websocket': false,
    interactive: false,
  });
  expect(res.status).toBe(202);
  return res.body.metadata.id;
}

test.describe('operations page', () => {
  test('lists running operations of every project live, and keeps them once finished', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('op');
    const project = lxd.uniqueName('opp');
    const other = `${project}-x`;
    cleanup.instance(name);
    cleanup.project(project);
    await lxd.createInstance(name, { start: true });
    await lxd.createProject(project);
    cleanup.instance(other, project);
    await lxd.createInstance(other, { project, start: true });

    await page.goto('#/project/default/operations');
    await expect(page.getByRole('heading', { level: 1, name: 'Operations' })).toBeVisible();

    // Started after the page is open: it appears through the events, without a reload.
    const here = await startSleep(lxd, name, 6);
    const there = await startSleep(lxd, other, 6, project);
    const running = page.getByRole('table', { name: 'Running operations' });
    const hereRow = running.locator(`tr[data-operation="${here}"]`);
    const thereRow = running.locator(`tr[data-operation="${there}"]`);
    await expect(hereRow).toContainText('Executing command');
    await expect(hereRow).toContainText('Running');
    await expect(hereRow.getByRole('link', { name })).toBeVisible();
    await expect(hereRow.getByRole('cell', { name: 'default', exact: true })).toBeVisible();
    await expect(thereRow.getByRole('cell', { name: project, exact: true })).toBeVisible();
    await expect(thereRow.getByRole('link', { name: other })).toHaveAttribute('href', `#/project/${project}/instance/${other}`);
    // LXD cannot cancel an exec task: the button says so.
    const cancel = hereRow.getByRole('button', { name: /^Cancel operation/ });
    await expect(cancel).toBeDisabled();
    await expect(cancel).toHaveAccessibleDescription('LXD cannot cancel this operation');
    expect((await lxd.get<Operation>(`/1.0/operations/${here}`)).status).toBe('Running');

    // Finished: listed under Recent with its final status, still after LXD itself forgot it.
    const recent = page.getByRole('table', { name: 'Recent operations' });
    await expect(recent.locator(`tr[data-operation="${here}"]`)).toContainText('Success', { timeout: 20_000 });
    await expect(running.locator(`tr[data-operation="${here}"]`)).toHaveCount(0);
    await expect.poll(async () => (await lxd.request('GET', `/1.0/operations/${here}`)).status, { timeout: 20_000 }).toBe(404);
    await expect(recent.locator(`tr[data-operation="${here}"]`)).toContainText('Success');
  });

  test('cancels an operation LXD allows to cancel', async ({ page, lxd, cleanup }) => {
    // A trust token is an operation that runs until it is used or cancelled.
    const res = await lxd.request<Operation>('POST', '/1.0/certificates', {
      name: lxd.uniqueName('tok'),
      type: 'client',
      token: true,
    });
    expect(res.status).toBe(202);
    const id = res.body.metadata.id;
    cleanup.add(() => lxd.request('DELETE', `/1.0/operations/${id}`));

    await page.goto('#/project/default/operations');
    const row = page.getByRole('table', { name: 'Running operations' }).locator(`tr[data-operation="${id}"]`);
    await expect(row).toContainText('Running');
    await row.getByRole('button', { name: /^Cancel operation/ }).click();

    await expect(page.getByRole('table', { name: 'Recent operations' }).locator(`tr[data-operation="${id}"]`)).toContainText(
      'Cancelled',
    );
    await expect
      .poll(async () => {
        const answer = await lxd.request<Operation>('GET', `/1.0/operations/${id}`);
        return answer.status === 404 ? 'gone' : answer.body.metadata.status;
      })
      .toMatch(/Cancelled|gone/);
  });
});
