// Starts the two-member cluster before the cluster specs (the `cluster` project depends on this one).
import { test } from '@playwright/test';
import { clusterUp } from '../../scripts/lib/cluster.mjs';

test('start a two-member LXD cluster', async () => {
  test.setTimeout(120_000);
  const started = Date.now();
  await clusterUp();
  console.log(`Cluster ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
});
