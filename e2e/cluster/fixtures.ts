// The cluster specs' `test`: the shared fixtures, with the `lxd` client talking to member 1 of
// the cluster started by cluster.setup.ts (so the cleanup fixture removes what a test left there).
import { existsSync, readFileSync } from 'node:fs';
import { CLUSTER_MEMBERS, CLUSTER_STATE_FILE, type ClusterState } from '../../scripts/lib/cluster.mjs';
import { LxdClient, test as base } from '../fixtures/test';

export { expect } from '../fixtures/test';
export type { Cleanup } from '../fixtures/test';

export function loadClusterState(): ClusterState {
  if (!existsSync(CLUSTER_STATE_FILE)) throw new Error(`No cluster state at ${CLUSTER_STATE_FILE}: the cluster-setup project starts it.`);
  return JSON.parse(readFileSync(CLUSTER_STATE_FILE, 'utf8')) as ClusterState;
}

export const test = base.extend<{ cluster: ClusterState }, { lxd: LxdClient }>({
  lxd: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here.
    async ({}, use) => {
      await use(new LxdClient(loadClusterState(), CLUSTER_MEMBERS[0]));
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here.
  cluster: async ({}, use) => {
    await use(loadClusterState());
  },
});
