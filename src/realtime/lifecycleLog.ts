import { create } from 'zustand';
import { prependBounded } from '@/lib/ring';
import type { LxdEvent } from '@/lxd';
import { READ_ONLY_ACTION } from './eventRegistry';
import { parseSource } from './eventRouter';

/** One lifecycle event as the wall lists it (no requestor, no context: nothing more is kept). */
export interface LoggedLifecycleEvent {
  /** Unique within the log, for React keys. */
  id: number;
  /** LXD's event time (RFC 3339). */
  timestamp: string;
  action: string;
  project: string;
  /** The object's path below its collection, e.g. `web` or `web/snapshots/snap0`. */
  object: string;
  /** The collection, e.g. `instances`, `storage-pools`. */
  collection: string;
  /** Cluster member that sent it, where LXD says. */
  location?: string;
}

/** The last events kept per server: a screen that runs for weeks keeps no more than this. */
export const MAX_LOGGED_EVENTS = 50;

interface LifecycleLogState {
  events: Record<string, readonly LoggedLifecycleEvent[]>;
}

export const useLifecycleLogStore = create<LifecycleLogState>(() => ({ events: {} }));

let nextId = 1;

/** The log entry for an event, or undefined for events that only read (exec, `*-retrieved`) and non-lifecycle ones. */
export function loggedEvent(event: LxdEvent): LoggedLifecycleEvent | undefined {
  if (event.type !== 'lifecycle' || READ_ONLY_ACTION.test(event.metadata.action)) return undefined;
  const { segments, project } = parseSource(event.metadata.source, event.project ?? event.metadata.project);
  const [collection = '', ...rest] = segments;
  return {
    id: nextId++,
    timestamp: event.timestamp,
    action: event.metadata.action,
    project,
    collection,
    object: rest.join('/'),
    ...(event.location && event.location !== 'none' ? { location: event.location } : {}),
  };
}

/** Fed with every event of a server's events socket (see connect.ts). */
export function recordLifecycleEvent(server: string, event: LxdEvent, max = MAX_LOGGED_EVENTS): void {
  const entry = loggedEvent(event);
  if (!entry) return;
  useLifecycleLogStore.setState((state) => ({
    events: { ...state.events, [server]: prependBounded(state.events[server] ?? [], entry, max) },
  }));
}

const NONE: readonly LoggedLifecycleEvent[] = [];

/** The server's last lifecycle events, newest first. */
export function useLifecycleLog(server: string): readonly LoggedLifecycleEvent[] {
  return useLifecycleLogStore((state) => state.events[server] ?? NONE);
}
