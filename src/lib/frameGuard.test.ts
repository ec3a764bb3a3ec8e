import { describe, expect, it } from 'vitest';
import { isFramed } from './frameGuard';

describe('isFramed', () => {
  it('is false for a page of its own and true inside a frame', () => {
    const own = {} as Window;
    expect(isFramed({ self: own, top: own } as never)).toBe(false);
    expect(isFramed({ self: own, top: {} as Window } as never)).toBe(true);
  });

  it('is true when the top window cannot even be read', () => {
    const win = {
      self: {},
      get top(): Window {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(isFramed(win as never)).toBe(true);
  });
});
