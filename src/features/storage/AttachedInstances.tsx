import { Link } from 'react-router';
import { useDetachVolume } from '@/api/storage-volumes/mutations';
import { FactsTable } from '@/components/FactsTable';
import { paths } from '@/config/paths';
import type { LxdStorageVolume } from '@/lxd';
import { attachedInstances } from './storageModel';
import { ActionButton } from '@/components/reasons';

/** The instances a volume is attached to, each with Detach (which removes its disk device). */
export function AttachedInstances({ project, pool, volume }: { project: string; pool: string; volume: LxdStorageVolume }) {
  const detach = useDetachVolume(project, pool, volume.name);
  const instances = attachedInstances(volume, project);
  return (
    <FactsTable
      label={`Instances using ${volume.name}`}
      columns={[{ label: 'Instance' }, { label: 'Action' }]}
      rows={instances.map((ref) => ({
        key: ref.url,
        cells: [
          <Link key="link" to={paths.instance(ref.project, ref.name)}>
            {ref.name}
          </Link>,
          <ActionButton write
            key="detach"
            type="button"
            className="button"
            disabled={detach.isPending}
            aria-label={`Detach ${volume.name} from ${ref.name}`}
            onClick={() => detach.mutate(ref.name)}
          >
            {detach.isPending && detach.variables === ref.name ? 'Detaching…' : 'Detach'}
          </ActionButton>,
        ],
      }))}
      empty={<p className="muted">Not attached to any instance.</p>}
    />
  );
}
