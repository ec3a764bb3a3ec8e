import { describe, expect, it } from 'vitest';
import { copiedFingerprint, copyImageBody, parseAliasList } from './copy';

describe('copy an image from an image server', () => {
  it('builds POST /1.0/images: source image / pull / simplestreams / alias, aliases, auto-update, public', () => {
    expect(
      copyImageBody({
        project: 'default',
        server: 'https://images.example',
        protocol: 'simplestreams',
        alias: 'debian/12',
        aliases: ['deb', 'deb12'],
        autoUpdate: true,
        public: false,
      }),
    ).toEqual({
      source: { type: 'image', mode: 'pull', server: 'https://images.example', protocol: 'simplestreams', alias: 'debian/12' },
      aliases: [
        { name: 'deb', description: '' },
        { name: 'deb12', description: '' },
      ],
      auto_update: true,
      public: false,
    });
  });

  it('reads typed aliases and the finished operation', () => {
    expect(parseAliasList(' a, b  c,,a ')).toEqual(['a', 'b', 'c']);
    expect(parseAliasList('')).toEqual([]);
    expect(copiedFingerprint({ metadata: { fingerprint: 'abc', size: 1 } })).toBe('abc');
    expect(copiedFingerprint({ metadata: null })).toBeUndefined();
  });
});
