/** The shortest password the page accepts for a .p12 file: it guards a private key offline. */
export const MIN_P12_PASSWORD = 12;

export type Strength = 'weak' | 'fair' | 'strong';

/**
 * A rough strength for the hint beside a password field: the bits a guesser faces if the
 * characters were random (length × log2 of the alphabet the classes used span), cut down when
 * the password repeats itself. It only steers the user; the minimum length is the rule.
 */
export function passwordStrength(password: string): { strength: Strength; bits: number } {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/];
  const sizes = [26, 26, 10, 33];
  const alphabet = classes.reduce((sum, pattern, index) => sum + (pattern.test(password) ? (sizes[index] ?? 0) : 0), 0);
  const length = [...password].length;
  const distinct = new Set(password).size;
  // "aaaaaaaaaaaa" or "abcabcabcabc" is about as hard as its distinct characters.
  const effective = distinct < length / 3 ? distinct : length;
  const bits = alphabet > 0 ? Math.round(effective * Math.log2(alphabet)) : 0;
  return { strength: bits >= 70 ? 'strong' : bits >= 50 ? 'fair' : 'weak', bits };
}
