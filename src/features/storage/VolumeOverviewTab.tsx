import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { storageVolumeQueries } from '@/api/storage-volumes/queries';
import { FactsTable } from '@/components/FactsTable';
import { ConfigKeysTable, OverviewSection, DescriptionSection } from '@/components/OverviewSection';
import { UsedByList } from '@/components/UsedByList';
import { formatBytes, formatDate } from '@/lib/format';
import { AttachedInstances } from './AttachedInstances';
import { useStorageRoute } from './useStorageRoute';
import './storage.css';

/** The volume's description, size and use, config keys, and the instances it is attached to. */
export function VolumeOverviewTab() {
  const { project, pool, volume: name } = useStorageRoute();
  const client = useLxdClient();
  const volume = useQuery(storageVolumeQueries.detail(client, project, pool, 'custom', name)).data?.data;
  const state = useQuery({ ...storageVolumeQueries.state(client, project, pool, 'custom', name), retry: false });
  if (!volume) return null;
  const used = state.data?.usage?.used;
  return (
    <div className="overview">
      <DescriptionSection id="volume-description-title" description={volume.description} />
      <OverviewSection id="volume-facts-title" title="Volume">
        <FactsTable
          label="Volume facts"
          columns={[{ label: 'Fact' }, { label: 'Value' }]}
          rows={[
            { key: 'pool', cells: ['Pool', pool] },
            { key: 'content', cells: ['Content', volume.content_type] },
            { key: 'size', cells: ['Size', volume.config.size || 'pool default'] },
            { key: 'used', cells: ['Used', used === undefined ? '—' : formatBytes(used)] },
            { key: 'created', cells: ['Created', formatDate(volume.created_at)] },
          ]}
        />
      </OverviewSection>
      <OverviewSection id="volume-attached-title" title="Attached to">
        <AttachedInstances project={project} pool={pool} volume={volume} />
      </OverviewSection>
      <OverviewSection id="volume-config-title" title="Configuration">
        <ConfigKeysTable config={volume.config} />
      </OverviewSection>
      <OverviewSection id="volume-used-by-title" title="Used by">
        <UsedByList usedBy={volume.used_by} project={project} label={`What uses volume ${volume.name}`} none="Nothing uses this volume." />
      </OverviewSection>
    </div>
  );
}
