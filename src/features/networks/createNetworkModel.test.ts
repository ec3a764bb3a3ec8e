import { describe, expect, it } from 'vitest';
import { configFor, configProblems, createRefusalPlace } from './createNetworkModel';
import { BRIDGE_SECTIONS, sectionsFor } from './networkConfig';

describe('creating a network', () => {
  it('sends only the keys of the chosen type that have a value', () => {
    const values = { 'ipv4.address': 'none', 'ipv6.address': '', parent: 'eth0', 'bridge.mtu': '1400' };
    expect(configFor(BRIDGE_SECTIONS, values)).toEqual({ 'ipv4.address': 'none', 'bridge.mtu': '1400' });
    expect(configFor(sectionsFor('macvlan'), values)).toEqual({ parent: 'eth0' });
  });

  it('finds address and parent problems before asking LXD', () => {
    expect(configProblems('bridge', { 'ipv4.address': '198.51.100.1' })).toEqual({
      'ipv4.address': 'Use none, auto or an address with its prefix length (CIDR)',
    });
    expect(configProblems('bridge', { 'ipv4.address': 'none', 'ipv6.address': 'auto' })).toEqual({});
    expect(configProblems('macvlan', {})).toEqual({ parent: 'Name the host interface this network sits on' });
  });

  it('puts LXD’s refusal at the name, the key it names, or the form', () => {
    expect(createRefusalPlace('Network interface is too long (maximum 15 characters)', {})).toEqual({ at: 'name' });
    expect(createRefusalPlace('Invalid value for network "x" option "bridge.mtu": Invalid value for an integer "lots"', { 'bridge.mtu': 'lots' })).toEqual({
      at: 'key',
      key: 'bridge.mtu',
    });
    expect(createRefusalPlace('Something else', {})).toEqual({ at: 'form' });
  });
});
