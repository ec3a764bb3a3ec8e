/**
 * Read-only mode: a guard in the page (not security) that disables every control that would
 * change something. It is on when the address says `?readonly=1` (in the query before the `#`,
 * so every hash navigation keeps it) or when this browser's setting says so (localStorage).
 * No React here: the LXD client's write guard and the views both read it.
 */

export const READ_ONLY_REASON = 'read-only mode';
export const READ_ONLY_STORAGE_KEY = 'lxdeck.readOnly';
export const READ_ONLY_PARAM = 'readonly';

/** Why read-only mode is on, or `off`. The address wins over the setting (it cannot be turned off here). */
export type ReadOnlyMode = 'address' | 'setting' | 'off';

const ON_VALUES = new Set(['1', 'true', 'yes', 'on', '']);

/** Whether a query string (`?a=b`) asks for read-only mode. */
export function queryAsksReadOnly(query: string): boolean {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const value = params.get(READ_ONLY_PARAM);
  return value !== null && ON_VALUES.has(value.toLowerCase());
}

/**
 * The address to show when the parameter was given after the `#` (`#/project/p/images?readonly=1`):
 * the parameter moves before the `#`, where hash navigation keeps it. Undefined when nothing moves.
 */
export function moveReadOnlyParam(href: string): string | undefined {
  const url = new URL(href);
  const hashQueryAt = url.hash.indexOf('?');
  if (hashQueryAt < 0) return undefined;
  const hashQuery = new URLSearchParams(url.hash.slice(hashQueryAt + 1));
  if (!hashQuery.has(READ_ONLY_PARAM)) return undefined;
  const asked = queryAsksReadOnly(url.hash.slice(hashQueryAt));
  hashQuery.delete(READ_ONLY_PARAM);
  const rest = hashQuery.toString();
  url.hash = `${url.hash.slice(1, hashQueryAt)}${rest ? `?${rest}` : ''}`;
  if (asked) url.searchParams.set(READ_ONLY_PARAM, '1');
  return url.toString();
}

export function readOnlyMode(search: string, setting: string | null): ReadOnlyMode {
  if (queryAsksReadOnly(search)) return 'address';
  return setting === '1' ? 'setting' : 'off';
}

function storedSetting(): string | null {
  try {
    return globalThis.localStorage?.getItem(READ_ONLY_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

let forced = false;

/**
 * Read-only mode for the rest of this page's life, whatever the address or the setting say (a
 * wall framed by another server's wall, lib/frameGuard.ts). Reported as `address`: it cannot be
 * turned off here.
 */
export function forceReadOnlyMode(): void {
  forced = true;
}

/** The mode now, from the page's address and this browser's setting. */
export function currentReadOnlyMode(): ReadOnlyMode {
  if (forced) return 'address';
  return readOnlyMode(globalThis.location?.search ?? '', storedSetting());
}

const listeners = new Set<() => void>();

/** Calls `listener` when the mode may have changed (the setting here or in another tab). */
export function subscribeReadOnly(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === READ_ONLY_STORAGE_KEY || event.key === null) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

/** Turns this browser's read-only setting on or off. */
export function setReadOnlySetting(on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(READ_ONLY_STORAGE_KEY, '1');
    else globalThis.localStorage?.removeItem(READ_ONLY_STORAGE_KEY);
  } catch {
    // Storage refused (private mode): nothing to keep.
  }
  for (const listener of listeners) listener();
}
