import { describe, expect, it } from 'vitest';
import { passwordStrength } from './passwordStrength';

describe('passwordStrength', () => {
  it('calls short or repetitive passwords weak', () => {
    expect(passwordStrength('').strength).toBe('weak');
    expect(passwordStrength('secret1').strength).toBe('weak');
    expect(passwordStrength('aaaaaaaaaaaaaaaaaaaa').strength).toBe('weak');
    expect(passwordStrength('abcabcabcabcabcabc').strength).toBe('weak');
  });

  it('calls twelve lower-case letters fair, a few words with a digit strong', () => {
    expect(passwordStrength('qwkzmrtplxvb').strength).toBe('fair');
    expect(passwordStrength('correct horse 7').strength).toBe('strong');
    expect(passwordStrength('Tr0ub4dor&3xyzw').strength).toBe('strong');
  });
});
