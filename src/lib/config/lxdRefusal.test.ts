import { describe, expect, it } from 'vitest';
import { fieldForLxdError, unknownConfigKey } from './lxdRefusal';

// Messages as LXD 5.0.2 words them.
describe('fieldForLxdError', () => {
  const fields = {
    cpu: { key: 'limits.cpu', value: '2' },
    memory: { key: 'limits.memory', value: 'lots' },
    autostart: { key: 'boot.autostart', value: '' },
  };

  it('finds the field by the key LXD names', () => {
    expect(fieldForLxdError('Invalid config: Unknown configuration key: limits.memory', fields)).toBe('memory');
  });

  it('finds the field by the bad value LXD quotes', () => {
    expect(fieldForLxdError('Failed creating instance record: Invalid value: lots', fields)).toBe('memory');
    expect(fieldForLxdError('Invalid config: Invalid value for a boolean "maybe"', { autostart: { value: 'maybe' } })).toBe(
      'autostart',
    );
  });

  it('gives up rather than guess', () => {
    expect(fieldForLxdError('Invalid config: Invalid CPU limit syntax', fields)).toBeUndefined();
    expect(fieldForLxdError('Invalid value: 2', { a: { value: '2' }, b: { value: '2' } })).toBeUndefined();
  });
});

describe('unknownConfigKey', () => {
  it('reads the key from the message', () => {
    expect(unknownConfigKey('Invalid config: Unknown configuration key: limits.bogus')).toBe('limits.bogus');
    expect(unknownConfigKey('Invalid value: lots')).toBeUndefined();
  });
});
