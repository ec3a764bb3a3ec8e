// Several servers on one wall: the first sandbox's wall frames its own and the second sandbox's
// walls (two LXD daemons, two origins), and one listed server where nothing listens. The harness
// starts both sandboxes for this file and builds with both in LXDECK_WALL_SERVERS. It only reads
// the second sandbox, whose own files may run meanwhile: its objects are in a `both-` project,
// which their cleanup leaves alone (fixtures/test.ts).
import { existsSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { e2eSandboxes, wallServerUrls } from '../scripts/lib/e2eSandboxes.mjs';
import { expectNoAxeViolations } from './fixtures/axe';
import { loadSandboxState, stateFile } from './fixtures/state';
import { BOTH_SANDBOXES_PREFIX, LxdClient, expect as baseExpect, test } from './fixtures/test';
import { lxcCounts, overflowing } from './fixtures/wall';

// The machine that runs these is shared and often loaded: conditions get more time, never a sleep.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const sandboxes = e2eSandboxes();
const walls = wallServerUrls(sandboxes);
const bothUp = existsSync(stateFile(sandboxes.first.name)) && existsSync(stateFile(sandboxes.second.name));
const certificateFor = (name: string) => {
  const state = loadSandboxState(name);
  return { origin: `https://127.0.0.1:${state.port}`, certPath: state.cert, keyPath: state.key };
};
// The browser presents each sandbox's own certificate to it, as a kiosk's policy would pick one per server.
// (An array given to test.use reads as [value, options]: the list goes in a tuple of its own.)
const certificates = bothUp ? [certificateFor(sandboxes.first.name), certificateFor(sandboxes.second.name)] : [];
test.use({ viewport: { width: 1920, height: 1080 }, clientCertificates: [certificates, { scope: 'test' }] as never });

const frameOf = (page: Page, origin: string) => page.frameLocator(`iframe[title="Wall of ${origin}"]`);
const server = (page: Page, origin: string) => page.locator(`section[data-server="${origin}"]`);

/** Nothing scrolls or overflows, in the page and in each frame. */
async function overflowingFrames(frames: Frame[]): Promise<string[]> {
  const problems: string[] = [];
  for (const frame of frames) problems.push(...(await overflowing(frame)).map((problem) => `${frame.url()}: ${problem}`));
  return problems;
}

test.describe('several servers on one wall', () => {
  test.skip(!bothUp, 'needs both e2e sandboxes (npm run e2e starts them for this file)');

  test('the wall frames each server’s own wall with its own counts, says which server is down, and passes axe', async ({ page, lxd }) => {
    const other = new LxdClient(loadSandboxState(sandboxes.second.name), sandboxes.second.name);
    // One project name on both servers, different contents, so a frame showing the wrong server fails.
    const project = lxd.uniqueName(`${BOTH_SANDBOXES_PREFIX}wall`);
    try {
      await Promise.all([lxd.createProject(project), other.createProject(project)]);
      await Promise.all([
        lxd.createInstance(lxd.uniqueName('run'), { project, start: true }),
        lxd.createInstance(lxd.uniqueName('stop'), { project }),
        lxd.createInstance(lxd.uniqueName('stop'), { project }),
        other.createInstance(other.uniqueName('stop'), { project }),
      ]);
      const counts = { [walls.first]: lxcCounts((args) => lxd.lxc(args), project), [walls.second]: lxcCounts((args) => other.lxc(args), project) };
      expect(counts[walls.first]).toMatchObject({ Running: 1, Stopped: 2 });
      expect(counts[walls.second]).toMatchObject({ Running: 0, Stopped: 1 });

      // Two servers: side by side. The page that holds the frames reads only what its server
      // gate needs; each framed wall reads and listens for itself.
      const ownReads: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (request.frame() === page.mainFrame() && url.pathname.startsWith('/1.0')) ownReads.push(`${request.method()} ${url.pathname}${url.search}`);
      });
      const otherHost = new URL(walls.second).host;
      await page.goto(`#/wall/project/${project}?servers=${otherHost}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`2 servers · ${project}`);
      await expect(page).toHaveTitle(`${project} · 2 servers · Wall · lxdeck`);
      await expect(page.locator('section[data-server]')).toHaveCount(2);

      for (const origin of [walls.first, walls.second]) {
        const frame = frameOf(page, origin);
        await expect(server(page, origin)).toHaveAttribute('data-state', 'running');
        await expect(frame.getByRole('heading', { level: 1 })).toContainText(project);
        await expect(frame.getByRole('status', { name: 'Connection: live' })).toBeVisible();
        const figure = (status: string) => frame.locator(`[data-tile="instances"] [data-status="${status}"]`);
        for (const [status, count] of Object.entries(counts[origin] ?? {})) await expect(figure(status)).toHaveAttribute('data-count', String(count));
        await expect(figure('total')).toHaveAttribute('data-count', origin === walls.first ? '3' : '1');
        // Embedded: no burn-in shift of its own (the composed wall moves as a whole).
        await expect(frame.locator('.wall')).toHaveAttribute('data-embed', '');
        await expect(frame.locator('.wall-shift')).toHaveAttribute('data-shift', '0,0');
      }
      expect(ownReads).toEqual(['GET /1.0']);
      // No events socket of its own: the early script opened none, and no connection took one over.
      expect(await page.evaluate(() => (window as { __lxdeckEvents?: unknown }).__lxdeckEvents)).toBeUndefined();
      const [left, right] = await Promise.all([server(page, walls.first).boundingBox(), server(page, walls.second).boundingBox()]);
      expect(right?.x).toBeGreaterThan((left?.x ?? 0) + (left?.width ?? 0) - 1);
      expect(right?.y).toBe(left?.y);
      await expectNoAxeViolations(page);
      const embedded = () => page.frames().filter((frame) => frame !== page.mainFrame() && /embed=1/.test(frame.url()));
      expect(embedded()).toHaveLength(2);
      expect(await overflowingFrames([page.mainFrame(), ...embedded()])).toEqual([]);
      await page.screenshot({ path: test.info().outputPath('two-servers-1920.png') });

      // Every listed server, this one first, then the build's list in its order; nothing listens
      // on the third: said in its place, not a blank frame.
      await page.goto(`#/wall/project/${project}?servers=all`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`3 servers · ${project}`);
      expect(await page.locator('section[data-server]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-server')))).toEqual([
        walls.first,
        walls.second,
        walls.down,
      ]);
      await expect(server(page, walls.down).getByRole('alert')).toContainText(`${walls.down} not reachable`);
      await expect(server(page, walls.second)).toHaveAttribute('data-state', 'running');
      await expect(frameOf(page, walls.second).locator('[data-tile="instances"] [data-status="total"]')).toHaveAttribute('data-count', '1');
      await expectNoAxeViolations(page);
      expect(await overflowingFrames([page.mainFrame(), ...embedded()])).toEqual([]);
      await page.screenshot({ path: test.info().outputPath('three-servers-1920.png') });

      // The framing page moves a frame off the wall: it reloads and refuses to run there (the other
      // refusals, an unlisted origin and a route that is not the wall, are in hardening.spec.ts).
      const second = page.frames().find((frame) => frame.url().startsWith(`${walls.second}/ui/`));
      await second?.evaluate(() => {
        window.location.hash = '#/project/default/instances';
      });
      await expect(server(page, walls.second).getByRole('alert')).toContainText(`${walls.second} refused to run in this frame`);
    } finally {
      await Promise.all([lxd.deleteProject(project), other.deleteProject(project)]);
    }
  });
});
