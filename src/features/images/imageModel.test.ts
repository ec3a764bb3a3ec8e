import { describe, expect, it } from 'vitest';
import type { LxdImage, LxdInstance } from '@/lxd';
import { aliasNameProblem, architecturesOf, expiresNever, imageName, imageSearchText, instancesFromImage, matchesFlag, osRelease } from './imageModel';

const FP = 'a'.repeat(64);
const image = (over: Partial<LxdImage> = {}): LxdImage =>
  ({
    fingerprint: FP,
    aliases: [],
    architecture: 'x86_64',
    type: 'container',
    properties: { os: 'Busybox', release: '1.36', description: 'tiny' },
    size: 1,
    public: false,
    cached: false,
    auto_update: false,
    filename: '',
    created_at: '',
    uploaded_at: '',
    last_used_at: '',
    expires_at: '0001-01-01T00:00:00Z',
    ...over,
  }) as LxdImage;

describe('imageName', () => {
  it('is the first alias, else the 12 characters lxc shows', () => {
    expect(imageName(image({ aliases: [{ name: 'web', description: '' }, { name: 'other', description: '' }] }))).toBe('web');
    expect(imageName(image({ aliases: null }))).toBe('aaaaaaaaaaaa');
  });
});

describe('image facts', () => {
  it('joins os and release, and reads LXD’s zero date as never', () => {
    expect(osRelease(image())).toBe('Busybox 1.36');
    expect(osRelease(image({ properties: null }))).toBe('');
    expect(expiresNever(image())).toBe(true);
    expect(expiresNever(image({ expires_at: '1970-01-01T00:00:00Z' }))).toBe(true);
    expect(expiresNever(image({ expires_at: '2030-01-01T00:00:00Z' }))).toBe(false);
  });

  it('lists each architecture once, sorted', () => {
    expect(architecturesOf([image({ architecture: 'x86_64' }), image({ architecture: 'aarch64' }), image()])).toEqual(['aarch64', 'x86_64']);
  });

  it('searches fingerprint, aliases, description, OS and architecture', () => {
    expect(imageSearchText(image({ aliases: [{ name: 'web', description: '' }] }))).toEqual([FP, 'web', 'tiny', 'Busybox 1.36', 'x86_64']);
  });

  it('filters flags by yes and no', () => {
    expect([matchesFlag(true, 'yes'), matchesFlag(false, 'yes'), matchesFlag(false, 'no'), matchesFlag(true, '')]).toEqual([true, false, true, true]);
  });
});

describe('instancesFromImage', () => {
  it('finds the instances whose volatile.base_image is the fingerprint', () => {
    const instances = [
      { name: 'a', config: { 'volatile.base_image': FP } },
      { name: 'b', config: { 'volatile.base_image': 'b'.repeat(64) } },
      { name: 'c', config: {} },
    ] as unknown as LxdInstance[];
    expect(instancesFromImage(instances, FP).map((instance) => instance.name)).toEqual(['a']);
    expect(instancesFromImage(undefined, FP)).toEqual([]);
  });
});

describe('aliasNameProblem', () => {
  it('refuses what LXD refuses, before asking', () => {
    expect(aliasNameProblem('', [])).toBe('Enter a name');
    expect(aliasNameProblem('a/b', [])).toMatch(/slashes/);
    expect(aliasNameProblem('a b', [])).toMatch(/spaces/);
    expect(aliasNameProblem('web', ['web'])).toBe('The alias web already exists');
    expect(aliasNameProblem('web2', ['web'])).toBeUndefined();
  });
});
