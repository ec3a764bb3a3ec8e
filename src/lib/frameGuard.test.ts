import { describe, expect, it } from 'vitest';
import { frameVerdict, isFramed, isWallHash, type FrameWindow } from './frameGuard';

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

describe('frameVerdict', () => {
  const own = 'https://lxd2.example.net:8443';
  const listed = ['https://lxd1.example.net:8443', own];
  const framed = (hash: string, ancestorOrigins?: string[]): FrameWindow => ({
    self: {},
    top: {},
    location: { origin: own, hash, ...(ancestorOrigins ? { ancestorOrigins } : {}) },
  });

  it('runs at the top whatever the route', () => {
    const top = {};
    expect(frameVerdict({ self: top, top, location: { origin: own, hash: '#/project/default/instances' } }, [])).toBe('top');
  });

  it('runs a wall framed by listed servers or by itself', () => {
    expect(frameVerdict(framed('#/wall?embed=1', ['https://lxd1.example.net:8443']), listed)).toBe('wall');
    expect(frameVerdict(framed('#/wall/project/web?embed=1', [own, 'https://lxd1.example.net:8443']), listed)).toBe('wall');
    expect(frameVerdict(framed('#/wall', [own]), [])).toBe('wall');
  });

  it('refuses an unlisted ancestor anywhere in the chain, and an opaque one', () => {
    expect(frameVerdict(framed('#/wall', ['https://evil.example.net']), listed)).toBe('refused');
    expect(frameVerdict(framed('#/wall', ['https://lxd1.example.net:8443', 'https://evil.example.net']), listed)).toBe('refused');
    expect(frameVerdict(framed('#/wall', ['null']), listed)).toBe('refused');
    expect(frameVerdict(framed('#/wall', ['https://lxd1.example.net']), listed)).toBe('refused');
  });

  it('refuses every route but the wall, and a browser that cannot name the ancestors', () => {
    expect(frameVerdict(framed('#/project/default/instances', ['https://lxd1.example.net:8443']), listed)).toBe('refused');
    expect(frameVerdict(framed('#/walls', ['https://lxd1.example.net:8443']), listed)).toBe('refused');
    expect(frameVerdict(framed('', ['https://lxd1.example.net:8443']), listed)).toBe('refused');
    expect(frameVerdict(framed('#/wall'), listed)).toBe('refused');
    expect(frameVerdict(framed('#/wall', []), listed)).toBe('refused');
  });

  it('knows the wall routes', () => {
    expect(['#/wall', '#/wall?x=1', '#/wall/project/p'].every(isWallHash)).toBe(true);
    expect(['#/wallet', '#/project/p/wall', '#wall'].some(isWallHash)).toBe(false);
  });
});
