import { describe, expect, it } from 'vitest';
import { mergeReached, readReached, recordReached, REACHED_STORAGE_KEY } from './reached';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('last reached', () => {
  it('records the current origin on every load, keeping other origins', () => {
    const storage = memoryStorage();
    recordReached('https://a:8443', new Date('2026-12-01T10:00:00Z'), storage);
    recordReached('https://b:8443', new Date('2026-12-02T10:00:00Z'), storage);
    recordReached('https://a:8443', new Date('2026-12-03T10:00:00Z'), storage);
    expect(readReached(storage)).toEqual({ 'https://a:8443': '2026-12-03T10:00:00.000Z', 'https://b:8443': '2026-12-02T10:00:00.000Z' });
  });

  it('keeps the later time when lists are merged', () => {
    expect(mergeReached({ a: '2026-12-03T10:00:00Z', b: '2026-12-01T10:00:00Z' }, { a: '2026-12-02T10:00:00Z', b: '2026-12-02T10:00:00Z', c: '2026-12-02T10:00:00Z' })).toEqual({
      a: '2026-12-03T10:00:00Z',
      b: '2026-12-02T10:00:00Z',
      c: '2026-12-02T10:00:00Z',
    });
  });

  it('reads a broken entry as nothing', () => {
    const storage = memoryStorage();
    storage.setItem(REACHED_STORAGE_KEY, '[1,2');
    expect(readReached(storage)).toEqual({});
    storage.setItem(REACHED_STORAGE_KEY, '{"https://a": 3, "https://b": "2026-12-03T10:00:00Z"}');
    expect(readReached(storage)).toEqual({ 'https://b': '2026-12-03T10:00:00Z' });
  });
});
