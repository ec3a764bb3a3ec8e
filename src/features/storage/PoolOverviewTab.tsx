import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { storagePoolQueries } from '@/api/storage/queries';
import { FactsTable } from '@/components/FactsTable';
import { UsedByList } from '@/components/UsedByList';
import { compareText } from '@/lib/format';
import { PoolSpaceBar } from './PoolSpaceBar';
import { poolVolumeCount } from './storageModel';
import { useStorageRoute } from './useStorageRoute';
import './storage.css';

/** The pool's space, description, facts, config keys and who uses it. */
export function PoolOverviewTab() {
  const { project, pool: name } = useStorageRoute();
  const client = useLxdClient();
  const pool = useQuery(storagePoolQueries.detail(client, project, name)).data?.data;
  if (!pool) return null;
  const config = Object.entries(pool.config ?? {}).sort(([a], [b]) => compareText(a, b));
  // A standalone server says `none`.
  const members = (pool.locations ?? []).filter((member) => member !== 'none');
  return (
    <div className="overview">
      <section aria-labelledby="pool-space-title">
        <h2 id="pool-space-title" className="section-title">
          Space
        </h2>
        <PoolSpaceBar project={project} pool={pool.name} />
      </section>
      <section aria-labelledby="pool-description-title">
        <h2 id="pool-description-title" className="section-title">
          Description
        </h2>
        {/* Text, never markup: React escapes it. */}
        {pool.description ? <p className="storage-description">{pool.description}</p> : <p className="muted">No description.</p>}
      </section>
      <section aria-labelledby="pool-facts-title">
        <h2 id="pool-facts-title" className="section-title">
          Pool
        </h2>
        <FactsTable
          label="Pool facts"
          columns={[{ label: 'Fact' }, { label: 'Value' }]}
          rows={[
            { key: 'driver', cells: ['Driver', pool.driver] },
            { key: 'status', cells: ['Status', pool.status ?? '—'] },
            { key: 'volumes', cells: ['Volumes', poolVolumeCount(pool)] },
            ...(members.length ? [{ key: 'locations', cells: ['Members', members.join(', ')] }] : []),
          ]}
        />
      </section>
      <section aria-labelledby="pool-config-title">
        <h2 id="pool-config-title" className="section-title">
          Configuration
        </h2>
        <FactsTable
          label="Configuration keys"
          columns={[
            { label: 'Key', className: 'cell-mono' },
            { label: 'Value', className: 'cell-mono' },
          ]}
          rows={config.map(([key, value]) => ({ key, cells: [key, value] }))}
          empty={<p className="muted">No configuration keys.</p>}
        />
      </section>
      <section aria-labelledby="pool-used-by-title">
        <h2 id="pool-used-by-title" className="section-title">
          Used by
        </h2>
        <UsedByList usedBy={pool.used_by} project={project} label={`What uses pool ${pool.name}`} none="Nothing uses this pool." />
      </section>
    </div>
  );
}
