// Stops the cluster and deletes its members once the cluster specs are done
// (kept running with LXDECK_KEEP_CLUSTER=1, for the next run to start at once).
import process from 'node:process';
import { test } from '@playwright/test';
import { clusterDown } from '../../scripts/lib/cluster.mjs';

test('stop and delete the cluster', async () => {
  test.setTimeout(120_000);
  if (process.env.LXDECK_KEEP_CLUSTER === '1') return;
  await clusterDown();
});
