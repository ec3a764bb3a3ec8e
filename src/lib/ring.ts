/**
 * A fixed-length history: pushing beyond `capacity` drops the oldest value, so a screen that runs
 * for days keeps the same memory. Values come back oldest first.
 */
export class Ring<T> {
  private readonly items: T[] = [];
  private start = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
  }

  get size(): number {
    return this.items.length;
  }

  push(value: T): void {
    if (this.items.length < this.capacity) {
      this.items.push(value);
      return;
    }
    this.items[this.start] = value;
    this.start = (this.start + 1) % this.capacity;
  }

  /** The newest value, or undefined when empty. */
  last(): T | undefined {
    if (this.items.length === 0) return undefined;
    return this.items[(this.start + this.items.length - 1) % this.items.length];
  }

  toArray(): T[] {
    return [...this.items.slice(this.start), ...this.items.slice(0, this.start)];
  }
}

/** `list` with `item` added in front, at most `max` long (for immutable state such as a store's). */
export function prependBounded<T>(list: readonly T[], item: T, max: number): T[] {
  return [item, ...list.slice(0, Math.max(0, max - 1))];
}
