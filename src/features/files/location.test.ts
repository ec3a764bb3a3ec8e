import { describe, expect, it } from 'vitest';
import { pathSearch, readFilesLocation } from './location';

describe('files location', () => {
  it('reads a clean folder and the edited file', () => {
    expect(readFilesLocation(new URLSearchParams('path=/root//d/&edit=a.txt'))).toEqual({ path: '/root/d', edit: 'a.txt', via: [] });
    expect(readFilesLocation(new URLSearchParams(''))).toEqual({ path: '/', edit: null, via: [] });
    expect(readFilesLocation(new URLSearchParams('path=/root&edit=../x'))).toEqual({ path: '/root', edit: null, via: [] });
  });
  it('writes them back', () => {
    expect(pathSearch('/root/a b')).toBe('?path=%2Froot%2Fa+b');
    expect(pathSearch('/root', 'a.txt')).toBe('?path=%2Froot&edit=a.txt');
    expect(readFilesLocation(new URLSearchParams(pathSearch('/root/a b', 'x y')))).toEqual({ path: '/root/a b', edit: 'x y', via: [] });
  });
  it('keeps the followed links in order', () => {
    const search = pathSearch('/etc', null, ['/root/a', '/root//b/']);
    expect(search).toBe('?path=%2Fetc&via=%2Froot%2Fa&via=%2Froot%2Fb');
    expect(readFilesLocation(new URLSearchParams(search))).toEqual({ path: '/etc', edit: null, via: ['/root/a', '/root/b'] });
  });
});
