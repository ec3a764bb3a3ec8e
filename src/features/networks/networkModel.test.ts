import { describe, expect, it } from 'vitest';
import type { LxdNetwork } from '@/lxd';
import { addressProblem, deleteRefusal, freeDeviceName, networkNameProblem, renameRefusal, splitManaged } from './networkModel';

const net = (over: Partial<LxdNetwork>): LxdNetwork => ({ name: 'br0', description: '', type: 'bridge', managed: true, config: {}, used_by: [], ...over });

describe('networkNameProblem', () => {
  it('checks names as LXD checks interface names', () => {
    expect(networkNameProblem('')).toBe('No name provided');
    expect(networkNameProblem('a')).toMatch(/too short/);
    expect(networkNameProblem('abcdefghijklmnop')).toMatch(/too long \(maximum 15/);
    expect(networkNameProblem('abcdefghijklmno')).toBeUndefined();
    expect(networkNameProblem('a b')).toMatch(/invalid characters/);
    expect(networkNameProblem('a/b')).toMatch(/invalid characters/);
    expect(networkNameProblem('br-0_x.1')).toBeUndefined();
    expect(networkNameProblem('br0', ['br0'])).toBe('A network named br0 already exists');
  });
});

describe('addressProblem', () => {
  it('takes none, auto and CIDR addresses', () => {
    expect(addressProblem('none', 4)).toBeUndefined();
    expect(addressProblem('auto', 6)).toBeUndefined();
    expect(addressProblem('198.51.100.1/24', 4)).toBeUndefined();
    expect(addressProblem('fd00::1/64', 6)).toBeUndefined();
    expect(addressProblem('198.51.100.1', 4)).toMatch(/CIDR/);
    expect(addressProblem('198.51.100.300/24', 4)).toMatch(/not an IPv4/);
    expect(addressProblem('198.51.100.1/40', 4)).toMatch(/at most 32/);
    expect(addressProblem('fd00::1/64', 4)).toMatch(/not an IPv4/);
    expect(addressProblem('198.51.100.1/24', 6)).toMatch(/not an IPv6/);
  });
});

describe('refusals', () => {
  it('names why a network cannot be deleted or renamed', () => {
    expect(deleteRefusal(net({ used_by: ['/1.0/instances/c1'] }))).toMatch(/in use \(1 user\)/);
    expect(deleteRefusal(net({ managed: false, name: 'eth0' }))).toMatch(/does not manage/);
    expect(deleteRefusal(net({}))).toBeUndefined();
    expect(renameRefusal(net({ used_by: ['/1.0/profiles/default'] }))).toMatch(/in use/);
    expect(renameRefusal(net({}))).toBeUndefined();
  });
});

it('splits managed networks from host interfaces', () => {
  const { managed, host } = splitManaged([net({ name: 'a' }), net({ name: 'eth0', managed: false })]);
  expect(managed.map((n) => n.name)).toEqual(['a']);
  expect(host.map((n) => n.name)).toEqual(['eth0']);
});

it('finds a free device name', () => {
  expect(freeDeviceName({ eth0: {}, eth1: {} })).toBe('eth2');
  expect(freeDeviceName(null)).toBe('eth0');
});
