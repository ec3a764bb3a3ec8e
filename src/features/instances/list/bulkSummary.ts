import type { BulkKind } from '@/api/instances/mutations';

const DONE: Record<BulkKind, string> = {
  start: 'Started',
  stop: 'Stopped',
  'force-stop': 'Force-stopped',
  restart: 'Restarted',
  freeze: 'Froze',
  unfreeze: 'Unfroze',
  delete: 'Deleted',
};

const plural = (count: number) => `${count} instance${count === 1 ? '' : 's'}`;

/** "Stopped 2 of 3 instances; 1 failed. 1 skipped (did not apply)." */
export function bulkSummary(kind: BulkKind, total: number, failed: number, skipped: number): string {
  const succeeded = total - failed;
  let text = failed === 0 ? `${DONE[kind]} ${plural(total)}.` : `${DONE[kind]} ${succeeded} of ${plural(total)}; ${failed} failed.`;
  if (skipped > 0) text += ` ${skipped} selected ${skipped === 1 ? 'was' : 'were'} skipped (the action did not apply).`;
  return text;
}
