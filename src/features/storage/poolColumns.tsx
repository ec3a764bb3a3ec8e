import { Link } from 'react-router';
import type { Column } from '@/components/DataTable';
import { paths } from '@/config/paths';
import type { LxdStoragePool } from '@/lxd';
import { PoolSpaceBar } from './PoolSpaceBar';
import { poolVolumeCount } from './storageModel';

/** The pool list's columns; `project` makes the links. `clustered` adds where the pool is. */
export function poolColumns(project: string, clustered: boolean): Column<LxdStoragePool>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      width: '12rem',
      sortValue: (pool) => pool.name,
      className: 'cell-name cell-ellipsis',
      render: (pool) => <Link to={paths.storagePool(project, pool.name)}>{pool.name}</Link>,
    },
    { id: 'driver', label: 'Driver', width: '6rem', sortValue: (pool) => pool.driver, hideNarrow: true, render: (pool) => pool.driver },
    { id: 'status', label: 'Status', width: '7rem', sortValue: (pool) => pool.status, hideNarrow: true, render: (pool) => pool.status ?? '—' },
    {
      id: 'space',
      label: 'Space used',
      width: '17rem',
      // On a phone the row keeps its name and actions; the pool's page shows its space.
      hideNarrow: true,
      render: (pool) => <PoolSpaceBar project={project} pool={pool.name} />,
    },
    {
      id: 'volumes',
      label: 'Volumes',
      width: '6rem',
      hideNarrow: true,
      sortValue: (pool) => poolVolumeCount(pool),
      render: (pool) => <Link to={paths.storagePool(project, pool.name, 'volumes')} aria-label={`Volumes of ${pool.name}`}>{poolVolumeCount(pool)}</Link>,
    },
    {
      id: 'used',
      label: 'Used by',
      width: '6rem',
      hideNarrow: true,
      sortValue: (pool) => (pool.used_by ?? []).length,
      render: (pool) => (pool.used_by ?? []).length,
    },
    {
      id: 'source',
      label: 'Source',
      sortValue: (pool) => pool.config.source,
      className: 'cell-ellipsis cell-mono',
      hideNarrow: true,
      render: (pool) => (pool.config.source ? <span title={pool.config.source}>{pool.config.source}</span> : <span className="muted">—</span>),
    },
    {
      id: 'description',
      label: 'Description',
      sortValue: (pool) => pool.description,
      className: 'cell-ellipsis',
      hideNarrow: true,
      // Text, never markup: React escapes it.
      render: (pool) => pool.description || <span className="muted">—</span>,
    },
    ...(clustered
      ? [
          {
            id: 'locations',
            label: 'Members',
            hideNarrow: true,
            className: 'cell-ellipsis',
            render: (pool: LxdStoragePool) => (pool.locations ?? []).filter((member) => member !== 'none').join(', ') || <span className="muted">—</span>,
          },
        ]
      : []),
  ];
}
