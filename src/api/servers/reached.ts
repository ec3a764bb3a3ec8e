/**
 * When this browser last loaded each server's dashboard, by origin (`https://host:port`). A page
 * only knows its own origin's storage, so the current server is recorded on every load and other
 * servers' times arrive through an exported list imported here.
 */
export const REACHED_STORAGE_KEY = 'lxdeck.serversReached';

type Reached = Record<string, string>;

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readReached(storage: Storage | null = storageOrNull()): Reached {
  try {
    const value: unknown = JSON.parse(storage?.getItem(REACHED_STORAGE_KEY) ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

/** Both lists; for an origin in both, the later time. Pure. */
export function mergeReached(current: Reached, incoming: Reached | undefined): Reached {
  const merged = { ...current };
  for (const [origin, at] of Object.entries(incoming ?? {})) {
    const mine = merged[origin];
    if (!mine || Date.parse(at) > Date.parse(mine)) merged[origin] = at;
  }
  return merged;
}

/** Stores the merged list and returns it. */
export function saveReached(incoming: Reached | undefined, storage: Storage | null = storageOrNull()): Reached {
  const merged = mergeReached(readReached(storage), incoming);
  try {
    storage?.setItem(REACHED_STORAGE_KEY, JSON.stringify(merged));
  } catch {
    // Storage full or refused (private mode): the time is simply not kept.
  }
  return merged;
}

/** Notes that this origin's dashboard was loaded now. */
export function recordReached(origin: string, at = new Date(), storage: Storage | null = storageOrNull()): Reached {
  return saveReached({ [origin]: at.toISOString() }, storage);
}
