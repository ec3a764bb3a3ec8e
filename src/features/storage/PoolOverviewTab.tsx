import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { storagePoolQueries } from '@/api/storage/queries';
import { FactsTable } from '@/components/FactsTable';
import { LoadingState } from '@/components/LoadingState';
import { ConfigKeysTable, OverviewSection, DescriptionSection } from '@/components/OverviewSection';
import { UsedByList } from '@/components/UsedByList';
import { PoolSpaceBar } from './PoolSpaceBar';
import { poolVolumeCount } from './storageModel';
import { useStorageRoute } from './useStorageRoute';
import './storage.css';

/** The pool's space, description, facts, config keys and who uses it. */
export function PoolOverviewTab() {
  const { project, pool: name } = useStorageRoute();
  const client = useLxdClient();
  const pool = useQuery(storagePoolQueries.detail(client, project, name)).data?.data;
  if (!pool) return <LoadingState label={`Loading storage pool ${name}…`} />;
  // A standalone server says `none`.
  const members = (pool.locations ?? []).filter((member) => member !== 'none');
  return (
    <div className="overview">
      <OverviewSection id="pool-space-title" title="Space">
        <PoolSpaceBar project={project} pool={pool.name} />
      </OverviewSection>
      <DescriptionSection id="pool-description-title" description={pool.description} />
      <OverviewSection id="pool-facts-title" title="Pool">
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
      </OverviewSection>
      <OverviewSection id="pool-config-title" title="Configuration">
        <ConfigKeysTable config={pool.config} />
      </OverviewSection>
      <OverviewSection id="pool-used-by-title" title="Used by">
        <UsedByList usedBy={pool.used_by} project={project} label={`What uses pool ${pool.name}`} none="Nothing uses this pool." />
      </OverviewSection>
    </div>
  );
}
