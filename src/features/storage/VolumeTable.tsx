import { useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { useNamedRows } from '@/api/namedList';
import type { VolumeItem } from '@/api/storage-volumes/names';
import { storageVolumeQueries } from '@/api/storage-volumes/queries';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, ListFilterSelect, ListToolbar, NamedRowsNote } from '@/components/ListToolbar';
import { unreadReason } from '@/components/namedCells';
import { RowMenu } from '@/components/RowMenu';
import { useListView, type ListViewSpec } from '@/components/useListView';
import { paths } from '@/config/paths';
import type { LxdStorageVolume } from '@/lxd';
import { VOLUME_TYPE_LABEL } from './storageModel';
import { volumeColumns } from './volumeColumns';
import { needsEveryVolume, volumeReadProject, volumeRowKey, volumeRows, type VolumeRow } from './volumeRows';

interface VolumeTableProps {
  project: string;
  /** The volumes by URL (one pool's or every pool's names). */
  items: readonly VolumeItem[];
  stale: boolean;
  showPool?: boolean;
  showProject?: boolean;
  /** Shown when there are no volumes at all (usually a create button). */
  empty: ReactNode;
  onDelete: (row: VolumeRow & { volume: LxdStorageVolume }) => void;
}

const TYPE_OPTIONS = Object.entries(VOLUME_TYPE_LABEL).map(([value, label]) => ({ value, label }));

/** Above this many rows only those in view are rendered (and only they read their volume and state). */
const WINDOW_FROM = 30;

/**
 * Volumes of one pool or of every pool, by name: each row reads its volume while it is rendered
 * (on LXD 5.0 one volume's `used_by` walks every instance, see api/namedList.ts), and its used size.
 * Filter and sort in the URL; a search or a sort by what only the volumes say reads them all.
 * Instance and image volumes are read-only rows that link to their instance or image.
 */
export function VolumeTable({ project, items, stale, showPool, showProject, empty, onDelete }: VolumeTableProps) {
  const client = useLxdClient();
  const [search] = useSearchParams();
  const readAll = needsEveryVolume(search);
  const named = useNamedRows(items, (item) => storageVolumeQueries.row(client, volumeReadProject(item, project), item.pool, item.type, item.name), readAll);
  const rows = useMemo(() => volumeRows(named.rows, project), [named.rows, project]);
  const spec = useMemo<ListViewSpec<VolumeRow>>(
    () => ({
      columns: volumeColumns({ showPool, showProject }),
      defaultSort: 'name',
      rowKey: volumeRowKey,
      text: (row) => [row.name, row.volume?.description, row.pool, row.volume?.content_type],
      filters: { type: (row, value) => row.type === value },
    }),
    [showPool, showProject],
  );
  const view = useListView(rows, spec);
  return (
    <>
      {readAll && named.read < rows.length && <NamedRowsNote noun="volumes" read={named.read} total={rows.length} />}
      <ListToolbar view={view} noun="volumes" searches="name, description or pool">
        <ListFilterSelect view={view} name="type" label="Volume type" options={TYPE_OPTIONS} allLabel="All types" />
      </ListToolbar>
      <ListEmpty view={view} noun="volumes" empty={<EmptyState title="No volumes yet">{empty}</EmptyState>} />
      {view.rows.length > 0 && (
        <DataTable
          label="Storage volumes"
          columns={spec.columns}
          rows={view.rows}
          rowKey={spec.rowKey}
          sort={view.sort}
          stale={stale}
          rowHeight={40}
          windowFrom={WINDOW_FROM}
          actionsWidth="7.5rem"
          rowProps={(row) => ({ 'data-volume': volumeRowKey(row) })}
          actions={(row) =>
            row.type === 'custom' ? (
              <>
                <Link className="button" to={paths.storageVolume(row.project, row.pool, row.name, 'configuration')} aria-label={`Edit ${row.name}`}>
                  Edit
                </Link>
                <RowMenu
                  label={`More actions for ${row.name}`}
                  items={[
                    {
                      label: 'Delete…',
                      ariaLabel: `Delete ${row.name}`,
                      danger: true,
                      opensDialog: true,
                      // The dialog names what uses the volume: it waits for the volume.
                      disabledReason: unreadReason(row, row.volume),
                      onSelect: () => {
                        const { volume } = row;
                        if (volume) onDelete({ ...row, volume });
                      },
                    },
                  ]}
                />
              </>
            ) : null
          }
        />
      )}
    </>
  );
}
