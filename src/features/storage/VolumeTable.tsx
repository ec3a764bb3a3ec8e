import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, ListFilterSelect, ListToolbar } from '@/components/ListToolbar';
import { RowMenu } from '@/components/RowMenu';
import { useListView, type ListViewSpec } from '@/components/useListView';
import { paths } from '@/config/paths';
import { VOLUME_TYPE_LABEL } from './storageModel';
import { volumeColumns, volumeRowKey, type VolumeRow } from './volumeColumns';

interface VolumeTableProps {
  project: string;
  rows: readonly VolumeRow[];
  stale: boolean;
  showPool?: boolean;
  showProject?: boolean;
  /** Shown when there are no volumes at all (usually a create button). */
  empty: ReactNode;
  onDelete: (volume: VolumeRow) => void;
}

const TYPE_OPTIONS = Object.entries(VOLUME_TYPE_LABEL).map(([value, label]) => ({ value, label }));

/**
 * Volumes of one pool or of every pool: filter and sort in the URL, windowed for long lists, the
 * used size read only for rows on screen. Instance and image volumes are read-only rows that link
 * to their instance or image.
 */
export function VolumeTable({ project, rows, stale, showPool, showProject, empty, onDelete }: VolumeTableProps) {
  const spec = useMemo<ListViewSpec<VolumeRow>>(
    () => ({
      columns: volumeColumns(project, { showPool, showProject }),
      defaultSort: 'name',
      rowKey: volumeRowKey,
      text: (volume) => [volume.name, volume.description, volume.pool, volume.content_type],
      filters: { type: (volume, value) => volume.type === value },
    }),
    [project, showPool, showProject],
  );
  const view = useListView(rows as VolumeRow[], spec);
  return (
    <>
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
          windowed={view.rows.length > 100 ? 40 : undefined}
          actionsWidth="7.5rem"
          rowProps={(volume) => ({ 'data-volume': volumeRowKey(volume) })}
          actions={(volume) =>
            volume.type === 'custom' ? (
              <>
                <Link
                  className="button"
                  to={paths.storageVolume(volume.project || project, volume.pool, volume.name, 'configuration')}
                  aria-label={`Edit ${volume.name}`}
                >
                  Edit
                </Link>
                <RowMenu
                  label={`More actions for ${volume.name}`}
                  items={[{ label: 'Delete…', ariaLabel: `Delete ${volume.name}`, danger: true, opensDialog: true, onSelect: () => onDelete(volume) }]}
                />
              </>
            ) : null
          }
        />
      )}
    </>
  );
}
