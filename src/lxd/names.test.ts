import { describe, expect, it } from 'vitest';
import { validateInstanceName } from './names';

describe('validateInstanceName', () => {
  it.each(['c', 'web-1', 'Abc', 'a'.repeat(63), 'a-b-c9'])('accepts %j', (name) => {
    expect(validateInstanceName(name)).toBeUndefined();
  });

  it.each([
    ['', 'Name must be 1-63 characters long'],
    ['a'.repeat(64), 'Name must be 1-63 characters long'],
    ['-web', 'Name must not start with "-" character'],
    ['web-', 'Name must not end with "-" character'],
    ['9abc', 'Name must not start with a number'],
    ['bad_name', 'Name can only contain alphanumeric and hyphen characters'],
    ['a.b', 'Name can only contain alphanumeric and hyphen characters'],
    ['a/b', 'Name can only contain alphanumeric and hyphen characters'],
    ['a b', 'Name can only contain alphanumeric and hyphen characters'],
    ['café', 'Name can only contain alphanumeric and hyphen characters'],
  ])('refuses %j as LXD does', (name, message) => {
    expect(validateInstanceName(name)).toBe(message);
  });
});
