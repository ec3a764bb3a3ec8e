/**
 * Burn-in care for screens that show the same picture for days: the whole layout moves a few
 * pixels every few minutes, round a small cycle, so no edge stays on the same pixels.
 */
export const BURN_IN_STEP_MS = 3 * 60 * 1000;

/** At most this many pixels in any direction; the wall keeps this much margin free. */
export const BURN_IN_MAX_PX = 4;

const OFFSETS: readonly (readonly [number, number])[] = [
  [0, 0],
  [3, 2],
  [-2, 4],
  [-4, -1],
  [2, -3],
  [4, 3],
  [-3, -4],
  [1, 1],
];

/** The offset in pixels for a step number (any integer; the cycle repeats). */
export function burnInOffset(step: number): readonly [number, number] {
  const index = ((Math.trunc(step) % OFFSETS.length) + OFFSETS.length) % OFFSETS.length;
  return OFFSETS[index] ?? [0, 0];
}

/** The step for a moment: every wall shifts on the same schedule, whenever it was opened. */
export const burnInStep = (now: number) => Math.floor(now / BURN_IN_STEP_MS);
