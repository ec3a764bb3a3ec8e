import { describe, expect, it } from 'vitest';
import { toggleName, toggleShown } from './selection';

describe('selection', () => {
  it('toggles one name without touching the input', () => {
    const start = new Set(['a']);
    expect([...toggleName(start, 'b')]).toEqual(['a', 'b']);
    expect([...toggleName(start, 'a')]).toEqual([]);
    expect([...start]).toEqual(['a']);
  });

  it('selects and unselects the shown names only', () => {
    const start = new Set(['hidden']);
    expect([...toggleShown(start, ['a', 'b'], true)].sort()).toEqual(['a', 'b', 'hidden']);
    expect([...toggleShown(new Set(['a', 'hidden']), ['a', 'b'], false)]).toEqual(['hidden']);
  });
});
