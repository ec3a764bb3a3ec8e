import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { storagePoolQueries } from '@/api/storage/queries';
import { UsageBar } from '@/components/UsageBar';
import { poolSpace } from './storageModel';
import './storage.css';

/**
 * Space used of total from `/1.0/storage-pools/<pool>/resources`, as a bar and text. Rendered only
 * for rows on screen, so a long list reads it only for those.
 */
export function PoolSpaceBar({ project, pool }: { project: string; pool: string }) {
  const client = useLxdClient();
  const resources = useQuery(storagePoolQueries.resources(client, project, pool));
  if (resources.isPending) return <span className="muted">…</span>;
  if (resources.isError) return <span className="muted" title={resources.error.message}>unknown</span>;
  const space = poolSpace(resources.data);
  if (!space) return <span className="muted">unknown</span>;
  return <UsageBar usage={space} label={`Space used in ${pool}`} />;
}
