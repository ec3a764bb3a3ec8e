import { describe, expect, it } from 'vitest';
import { BURN_IN_MAX_PX, BURN_IN_STEP_MS, burnInOffset, burnInStep } from './burnIn';

describe('burn-in shift', () => {
  it('stays within a few pixels and moves at every step', () => {
    for (let step = -20; step < 40; step += 1) {
      const [x, y] = burnInOffset(step);
      expect(Math.abs(x)).toBeLessThanOrEqual(BURN_IN_MAX_PX);
      expect(Math.abs(y)).toBeLessThanOrEqual(BURN_IN_MAX_PX);
      expect(burnInOffset(step + 1)).not.toEqual(burnInOffset(step));
    }
  });

  it('changes step every few minutes', () => {
    expect(burnInStep(0)).toBe(0);
    expect(burnInStep(BURN_IN_STEP_MS - 1)).toBe(0);
    expect(burnInStep(BURN_IN_STEP_MS)).toBe(1);
  });
});
