import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { storageVolumeQueries } from '@/api/storage-volumes/queries';
import type { Column } from '@/components/DataTable';
import { paths } from '@/config/paths';
import { formatBytes } from '@/lib/format';
import type { LxdStorageVolume } from '@/lxd';
import { VOLUME_TYPE_LABEL } from './storageModel';

/** A row of a volume list: the volume and the pool it sits in. */
export type VolumeRow = LxdStorageVolume & { pool: string };

export const volumeRowKey = (volume: VolumeRow) => `${volume.pool}/${volume.type}/${volume.name}`;

/** The volume's page for custom volumes; its instance's or image's page for the others (read-only rows). */
export function volumeLinkPath(project: string, volume: VolumeRow): string | undefined {
  const volumeProject = volume.project || project;
  if (volume.type === 'custom') return paths.storageVolume(volumeProject, volume.pool, volume.name);
  if (volume.type === 'container' || volume.type === 'virtual-machine') return paths.instance(volumeProject, volume.name);
  if (volume.type === 'image') return paths.image(volumeProject, volume.name);
  return undefined;
}

/** Used size, read only when the row is on screen (`…/state`). */
function VolumeUsage({ project, volume }: { project: string; volume: VolumeRow }) {
  const client = useLxdClient();
  const state = useQuery({ ...storageVolumeQueries.state(client, volume.project || project, volume.pool, volume.type, volume.name), retry: false });
  if (state.isPending) return <span className="muted">…</span>;
  const used = state.data?.usage?.used;
  return used === undefined ? <span className="muted">—</span> : <>{formatBytes(used)}</>;
}

const usedByCount = (volume: VolumeRow) => (volume.used_by ?? []).length;

/** The volume list's columns; `showPool` on the list of every pool, `showProject` across projects. */
export function volumeColumns(project: string, { showPool = false, showProject = false } = {}): Column<VolumeRow>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      width: '13rem',
      sortValue: (volume) => volume.name,
      className: 'cell-name cell-ellipsis',
      render: (volume) => {
        const to = volumeLinkPath(project, volume);
        const label = volume.type === 'image' ? volume.name.slice(0, 12) : volume.name;
        return to ? <Link to={to}>{label}</Link> : label;
      },
    },
    ...(showPool ? [{ id: 'pool', label: 'Pool', width: '8rem', sortValue: (volume: VolumeRow) => volume.pool, className: 'cell-ellipsis', render: (volume: VolumeRow) => volume.pool }] : []),
    ...(showProject
      ? [{ id: 'project', label: 'Project', width: '8rem', sortValue: (volume: VolumeRow) => volume.project, className: 'cell-ellipsis', render: (volume: VolumeRow) => volume.project ?? project }]
      : []),
    { id: 'type', label: 'Type', width: '8rem', sortValue: (volume) => volume.type, render: (volume) => VOLUME_TYPE_LABEL[volume.type] ?? volume.type },
    { id: 'content', label: 'Content', width: '6.5rem', hideNarrow: true, sortValue: (volume) => volume.content_type, render: (volume) => volume.content_type },
    {
      id: 'size',
      label: 'Size',
      width: '6rem',
      sortValue: (volume) => volume.config.size,
      render: (volume) => volume.config.size || <span className="muted">—</span>,
    },
    { id: 'used', label: 'Used', width: '6rem', hideNarrow: true, render: (volume) => <VolumeUsage project={project} volume={volume} /> },
    { id: 'usedby', label: 'Used by', width: '5.5rem', hideNarrow: true, sortValue: usedByCount, render: usedByCount },
    {
      id: 'location',
      label: 'Location',
      hideNarrow: true,
      className: 'cell-ellipsis',
      sortValue: (volume) => volume.location,
      // A standalone server says `none`.
      render: (volume) => (volume.location && volume.location !== 'none' ? volume.location : <span className="muted">—</span>),
    },
  ];
}
