import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { networkQueries } from '@/api/networks/queries';
import type { NetworkRow } from './networkModel';

/**
 * The interface's state (up / down) from `/state`. Only rendered rows ask for it, so a long list
 * costs one list request plus one small read per row on screen. LXD's own status of a managed
 * network (`Created`, `Pending`, `Errored`) comes first when it is not plain `Created`.
 */
export function NetworkStateCell({ project, row }: { project: string; row: NetworkRow }) {
  const client = useLxdClient();
  // A preview row waits for the whole list: the rows then in view are those that read it (the
  // list's toolbar moves the table down, so the preview has a few more rows in view).
  const state = useQuery({ ...networkQueries.state(client, project, row.name), select: (data) => data.state, enabled: !row.preview });
  const network = row.network;
  const status = network?.managed && network.status && network.status !== 'Created' ? network.status : undefined;
  if (status) return <span className="badge badge-bad">{status}</span>;
  if (state.isPending) return <span className="muted" aria-label="Loading state">…</span>;
  if (state.isError) return <span className="muted">unknown</span>;
  return <span className={`badge badge-${state.data === 'up' ? 'ok' : 'neutral'}`}>{state.data}</span>;
}
