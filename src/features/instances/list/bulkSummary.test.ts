import { describe, expect, it } from 'vitest';
import { bulkSummary } from './bulkSummary';

describe('bulkSummary', () => {
  it('counts successes, failures and skipped instances', () => {
    expect(bulkSummary('start', 3, 0, 0)).toBe('Started 3 instances.');
    expect(bulkSummary('stop', 1, 0, 0)).toBe('Stopped 1 instance.');
    expect(bulkSummary('stop', 3, 1, 0)).toBe('Stopped 2 of 3 instances; 1 failed.');
    expect(bulkSummary('freeze', 2, 0, 1)).toBe('Froze 2 instances. 1 selected was skipped (the action did not apply).');
  });
});
