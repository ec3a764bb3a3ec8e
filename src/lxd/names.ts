/**
 * Instance names are checked the way LXD checks them (`validate.IsHostname`, the same rules in
 * LXD 5.0 and current releases), so a name LXD would refuse is caught before anything is sent.
 * The messages are LXD's own. Returns undefined for a valid name.
 */
export function validateInstanceName(name: string): string | undefined {
  if (name.length < 1 || name.length > 63) return 'Name must be 1-63 characters long';
  if (name.startsWith('-')) return 'Name must not start with "-" character';
  if (name.endsWith('-')) return 'Name must not end with "-" character';
  if (/^[0-9]/.test(name)) return 'Name must not start with a number';
  if (!/^[-a-zA-Z0-9]+$/.test(name)) return 'Name can only contain alphanumeric and hyphen characters';
  return undefined;
}
