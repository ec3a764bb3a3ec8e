import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { ReadWhenShown } from '@/api/namedList';
import { storageVolumeQueries } from '@/api/storage-volumes/queries';
import type { Column } from '@/components/DataTable';
import { readCell } from '@/components/namedCells';
import { paths } from '@/config/paths';
import { formatBytes } from '@/lib/format';
import { VOLUME_TYPE_LABEL } from './storageModel';
import type { VolumeRow } from './volumeRows';

/** The volume's page for custom volumes; its instance's or image's page for the others (read-only rows). */
export function volumeLinkPath(row: Pick<VolumeRow, 'project' | 'pool' | 'type' | 'name'>): string | undefined {
  if (row.type === 'custom') return paths.storageVolume(row.project, row.pool, row.name);
  if (row.type === 'container' || row.type === 'virtual-machine') return paths.instance(row.project, row.name);
  if (row.type === 'image') return paths.image(row.project, row.name);
  return undefined;
}

/** The name, linked; while the row is rendered it reads its volume (in turn with the other rows). */
function NameCell({ row }: { row: VolumeRow }) {
  const client = useLxdClient();
  const to = volumeLinkPath(row);
  const label = row.type === 'image' ? row.name.slice(0, 12) : row.name;
  return (
    <>
      {to ? <Link to={to}>{label}</Link> : label}
      <ReadWhenShown query={storageVolumeQueries.row(client, row.project, row.pool, row.type, row.name)} />
    </>
  );
}

/** Used size, read only when the row is on screen (`…/state`, quick even where the volume is slow). */
function VolumeUsage({ row }: { row: VolumeRow }) {
  const client = useLxdClient();
  const state = useQuery({ ...storageVolumeQueries.state(client, row.project, row.pool, row.type, row.name), retry: false });
  if (state.isPending) return <span className="muted" aria-label="Loading used size">…</span>;
  const used = state.data?.usage?.used;
  return used === undefined ? <span className="muted">—</span> : <>{formatBytes(used)}</>;
}

/** The volume list's columns; `showPool` on the list of every pool, `showProject` across projects. */
export function volumeColumns({ showPool = false, showProject = false } = {}): Column<VolumeRow>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      width: '13rem',
      sortValue: (row) => row.name,
      className: 'cell-name cell-ellipsis',
      render: (row) => <NameCell row={row} />,
    },
    ...(showPool ? [{ id: 'pool', label: 'Pool', width: '8rem', sortValue: (row: VolumeRow) => row.pool, className: 'cell-ellipsis', render: (row: VolumeRow) => row.pool }] : []),
    ...(showProject
      ? [{ id: 'project', label: 'Project', width: '8rem', sortValue: (row: VolumeRow) => row.project, className: 'cell-ellipsis', render: (row: VolumeRow) => row.project }]
      : []),
    { id: 'type', label: 'Type', width: '8rem', sortValue: (row) => row.type, render: (row) => VOLUME_TYPE_LABEL[row.type] ?? row.type },
    {
      id: 'content',
      label: 'Content',
      width: '6.5rem',
      hideNarrow: true,
      sortValue: (row) => row.volume?.content_type ?? '',
      render: (row) => readCell(row, row.volume, (volume) => volume.content_type),
    },
    {
      id: 'size',
      label: 'Size',
      width: '6rem',
      sortValue: (row) => row.volume?.config.size ?? '',
      render: (row) => readCell(row, row.volume, (volume) => volume.config.size || <span className="muted">—</span>),
    },
    { id: 'used', label: 'Used', width: '6rem', hideNarrow: true, render: (row) => <VolumeUsage row={row} /> },
    {
      id: 'usedby',
      label: 'Used by',
      width: '5.5rem',
      hideNarrow: true,
      sortValue: (row) => (row.volume?.used_by ?? []).length,
      render: (row) => readCell(row, row.volume, (volume) => (volume.used_by ?? []).length),
    },
    {
      id: 'location',
      label: 'Location',
      hideNarrow: true,
      className: 'cell-ellipsis',
      sortValue: (row) => row.volume?.location ?? '',
      // A standalone server says `none`.
      render: (row) => readCell(row, row.volume, (volume) => (volume.location && volume.location !== 'none' ? volume.location : <span className="muted">—</span>)),
    },
  ];
}
