import { describe, expect, it } from 'vitest';
import { instanceNameProblem } from './nameCheck';

describe('instanceNameProblem', () => {
  const existing = new Set(['web', 'db']);

  it("uses LXD's own rules and messages", () => {
    expect(instanceNameProblem('9lives', existing, 'default')).toBe('Name must not start with a number');
    expect(instanceNameProblem('bad_name', existing, 'default')).toBe(
      'Name can only contain alphanumeric and hyphen characters',
    );
    expect(instanceNameProblem('', existing, 'default')).toBe('Name must be 1-63 characters long');
  });

  it('refuses a name taken in the project', () => {
    expect(instanceNameProblem('web', existing, 'staging')).toBe('An instance named "web" already exists in project staging');
  });

  it('accepts a free valid name', () => {
    expect(instanceNameProblem('web-2', existing, 'default')).toBeUndefined();
  });
});
