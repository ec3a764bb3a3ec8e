import { describe, expect, it } from 'vitest';
import { MAX_LINK_HOPS, followLinkStep } from './followLink';

describe('followLinkStep', () => {
  it('follows a link to its resolved target, remembering the link', () => {
    expect(followLinkStep('/root/rel-link', '../etc', [])).toEqual({ kind: 'follow', target: '/etc', via: ['/root/rel-link'] });
    expect(followLinkStep('/root/b', '/etc', ['/root/a'])).toEqual({ kind: 'follow', target: '/etc', via: ['/root/a', '/root/b'] });
  });

  it('stops at a link to itself and at a chain that comes back', () => {
    expect(followLinkStep('/root/self', 'self', [])).toEqual({ kind: 'loop', link: '/root/self', chain: ['/root/self', '/root/self'] });
    expect(followLinkStep('/root/loop-b', '/root/loop-a', ['/root/loop-a'])).toEqual({
      kind: 'loop',
      link: '/root/loop-a',
      chain: ['/root/loop-a', '/root/loop-b', '/root/loop-a'],
    });
    // A URL that already went round (typed or stale) is a loop too.
    expect(followLinkStep('/root/a', '/etc', ['/root/a', '/root/b'])).toMatchObject({ kind: 'loop', link: '/root/a' });
  });

  it(`follows ${MAX_LINK_HOPS} links in a row, not one more`, () => {
    const links = Array.from({ length: MAX_LINK_HOPS + 1 }, (_, index) => `/l/${index}`);
    const eighth = followLinkStep(links[MAX_LINK_HOPS - 1] ?? '', `/l/${MAX_LINK_HOPS}`, links.slice(0, MAX_LINK_HOPS - 1));
    expect(eighth).toMatchObject({ kind: 'follow', target: `/l/${MAX_LINK_HOPS}` });
    expect(followLinkStep(links[MAX_LINK_HOPS] ?? '', '/etc', links.slice(0, MAX_LINK_HOPS))).toEqual({
      kind: 'too-long',
      link: '/l/0',
      chain: links,
      next: '/etc',
    });
  });
});
