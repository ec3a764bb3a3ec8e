import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { storageVolumeQueries } from '@/api/storage-volumes/queries';
import { FactsTable } from '@/components/FactsTable';
import { UsedByList } from '@/components/UsedByList';
import { compareText, formatBytes, formatDate } from '@/lib/format';
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
  const config = Object.entries(volume.config ?? {}).sort(([a], [b]) => compareText(a, b));
  const used = state.data?.usage?.used;
  return (
    <div className="overview">
      <section aria-labelledby="volume-description-title">
        <h2 id="volume-description-title" className="section-title">
          Description
        </h2>
        {/* Text, never markup: React escapes it. */}
        {volume.description ? <p className="storage-description">{volume.description}</p> : <p className="muted">No description.</p>}
      </section>
      <section aria-labelledby="volume-facts-title">
        <h2 id="volume-facts-title" className="section-title">
          Volume
        </h2>
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
      </section>
      <section aria-labelledby="volume-attached-title">
        <h2 id="volume-attached-title" className="section-title">
          Attached to
        </h2>
        <AttachedInstances project={project} pool={pool} volume={volume} />
      </section>
      <section aria-labelledby="volume-config-title">
        <h2 id="volume-config-title" className="section-title">
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
      <section aria-labelledby="volume-used-by-title">
        <h2 id="volume-used-by-title" className="section-title">
          Used by
        </h2>
        <UsedByList usedBy={volume.used_by} project={project} label={`What uses volume ${volume.name}`} none="Nothing uses this volume." />
      </section>
    </div>
  );
}
