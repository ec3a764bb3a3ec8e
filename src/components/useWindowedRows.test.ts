import { describe, expect, it } from 'vitest';
import { computeWindow } from './useWindowedRows';

describe('computeWindow', () => {
  it('renders the rows in view plus overscan, not the whole list', () => {
    const window = computeWindow(500, 40, 0, 800, 8);
    expect(window).toEqual({ start: 0, end: 28, padTop: 0, padBottom: (500 - 28) * 40 });
  });

  it('keeps the total height equal to all rows when scrolled', () => {
    const window = computeWindow(500, 40, 4000, 800, 8);
    expect(window.start).toBe(92);
    expect(window.end).toBe(128);
    expect(window.padTop + (window.end - window.start) * 40 + window.padBottom).toBe(500 * 40);
  });

  it('clamps at the end and for short lists', () => {
    expect(computeWindow(500, 40, 999_999, 800, 8).end).toBe(500);
    expect(computeWindow(3, 40, 0, 800, 8)).toEqual({ start: 0, end: 3, padTop: 0, padBottom: 0 });
    expect(computeWindow(0, 40, 0, 800, 8)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
  });
});
