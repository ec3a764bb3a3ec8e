import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { storagePoolQueries } from '@/api/storage/queries';
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
  const percent = Math.round(space.fraction * 100);
  return (
    <span className="space-bar" data-space-used={space.used} data-space-total={space.total}>
      <span
        className="space-bar-track"
        role="meter"
        aria-label={`Space used in ${pool}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={space.text}
      >
        <span className={percent >= 90 ? 'space-bar-fill is-full' : 'space-bar-fill'} style={{ width: `${percent}%` }} />
      </span>
      <span className="space-bar-text">{space.text}</span>
    </span>
  );
}
