import type { ReactNode } from 'react';

/** A row of a list read by name (see api/namedList.ts): its object comes once the row has read it. */
interface NamedRowState {
  name: string;
  failed: boolean;
}

/** A cell whose value comes with the row's object: `…` while it is read, `—` if it could not be. */
export function readCell<T>(row: NamedRowState, object: T | undefined, show: (object: T) => ReactNode): ReactNode {
  if (object !== undefined) return show(object);
  if (row.failed) return <span className="muted" title={`${row.name} could not be read`}>—</span>;
  return <span className="muted" aria-label="Loading">…</span>;
}

/** Why an action that needs the row's object waits: it is being read, or it could not be. */
export function unreadReason(row: NamedRowState, object: unknown): string | undefined {
  if (object !== undefined) return undefined;
  return row.failed ? `${row.name} could not be read; reload the list to try again.` : `Still reading ${row.name}…`;
}
