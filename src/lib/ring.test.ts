import { describe, expect, it } from 'vitest';
import { prependBounded, Ring } from './ring';

describe('Ring', () => {
  it('keeps the last `capacity` values, oldest first', () => {
    const ring = new Ring<number>(3);
    expect(ring.toArray()).toEqual([]);
    expect(ring.last()).toBeUndefined();
    ring.push(1);
    ring.push(2);
    expect(ring.toArray()).toEqual([1, 2]);
    ring.push(3);
    ring.push(4);
    ring.push(5);
    expect(ring.toArray()).toEqual([3, 4, 5]);
    expect(ring.size).toBe(3);
    expect(ring.last()).toBe(5);
  });

  it('stays at its capacity however many values are pushed', () => {
    const ring = new Ring<number>(40);
    for (let i = 0; i < 100_000; i += 1) ring.push(i);
    expect(ring.size).toBe(40);
    expect(ring.toArray()[0]).toBe(100_000 - 40);
    expect(ring.last()).toBe(99_999);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new Ring(0)).toThrow(RangeError);
    expect(() => new Ring(1.5)).toThrow(RangeError);
  });
});

describe('prependBounded', () => {
  it('puts the new item first and drops the oldest beyond max', () => {
    expect(prependBounded([2, 1], 3, 3)).toEqual([3, 2, 1]);
    expect(prependBounded([3, 2, 1], 4, 3)).toEqual([4, 3, 2]);
    expect(prependBounded([], 1, 1)).toEqual([1]);
  });
});
