import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { usePreviewedList } from '@/api/listPreview';
import { imageQueries } from '@/api/images/queries';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, previewRows, ListFilterSelect, ListToolbar } from '@/components/ListToolbar';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { RowMenu } from '@/components/RowMenu';
import { useListView, type ListViewSpec } from '@/components/useListView';
import { SelectionBar } from '@/components/SelectionBar';
import { useRowSelection } from '@/components/useRowSelection';
import { DEFAULT_PROJECT, paths } from '@/config/paths';
import type { LxdImage } from '@/lxd';
import { DeleteImagesDialog } from './DeleteImagesDialog';
import { ImageDownloads } from './ImageDownloads';
import { imageColumns } from './imageColumns';
import { architecturesOf, imageName, imageSearchText, matchesFlag, TYPE_OPTIONS, YES_NO_OPTIONS } from './imageModel';
import { launchPath } from './launch';
import './images.css';
import { WriteLink } from '@/components/readOnly';

const ROW_HEIGHT = 40;
const fingerprintOf = (image: LxdImage) => image.fingerprint;

/** The images stored on the server, as the project sees them (a project without `features.images` sees default's). */
export function ImageListPage() {
  const project = useParams().project ?? DEFAULT_PROJECT;
  const client = useLxdClient();
  const navigate = useNavigate();
  // On a plain address the first screenful is read image by image while the whole list loads
  // (LXD 5.0 takes 450-600 ms to list 300 images; `usePreviewedList`).
  const { query: list, preview } = usePreviewedList({ client, project, collection: '/1.0/images', list: imageQueries.list(client, project) });
  const spec = useMemo<ListViewSpec<LxdImage>>(
    () => ({
      columns: imageColumns(project),
      defaultSort: 'aliases',
      rowKey: (image) => image.fingerprint,
      text: imageSearchText,
      filters: {
        type: (image, value) => image.type === value,
        arch: (image, value) => image.architecture === value,
        public: (image, value) => matchesFlag(image.public, value),
        cached: (image, value) => matchesFlag(image.cached, value),
      },
    }),
    [project],
  );
  const view = useListView(list.data, spec);
  const selection = useRowSelection(project, list.data, view.rows, fingerprintOf);
  const [deleting, setDeleting] = useState<readonly LxdImage[] | null>(null);
  const architectures = useMemo(() => architecturesOf(list.data).map((arch) => ({ value: arch, label: arch })), [list.data]);
  const importLink = (
    <WriteLink className="button button-primary" to={paths.importImage(project)}>
      Import image
    </WriteLink>
  );

  // The preview's rows (the first screenful, before the whole list) are not selectable: the
  // selection belongs to the whole list.
  const table = (rows: readonly LxdImage[], stale: boolean, selectable: boolean) => (
    <DataTable
      label="Images"
      className="image-table"
      columns={spec.columns}
      rows={rows}
      rowKey={spec.rowKey}
      sort={view.sort}
      stale={stale}
      rowHeight={ROW_HEIGHT}
      selection={
        selectable
          ? {
              selected: selection.keys,
              onToggle: selection.toggle,
              onToggleAll: selection.toggleAll,
              label: (image) => `Select ${imageName(image)}`,
              allLabel: 'Select all shown images',
            }
          : undefined
      }
      actionsWidth="9.5rem"
      rowProps={(image) => ({ 'data-image': image.fingerprint })}
      actions={(image) => (
        <>
          <WriteLink className="button" to={launchPath(project, image.fingerprint)} aria-label={`Launch an instance from ${imageName(image)}`}>
            Launch
          </WriteLink>
          <RowMenu
            label={`More actions for ${imageName(image)}`}
            items={[
              { label: 'Launch…', ariaLabel: `Launch from ${imageName(image)}`, onSelect: () => void navigate(launchPath(project, image.fingerprint)) },
              { label: 'Delete…', ariaLabel: `Delete ${imageName(image)}`, danger: true, opensDialog: true, onSelect: () => setDeleting([image]) },
            ]}
          />
        </>
      )}
    />
  );

  return (
    <section className="page" aria-labelledby="images-title">
      <PageHeader
        id="images-title"
        title="Images"
        subtitle={`project ${project}`}
        actions={
          <>
            <Link className="button" to={paths.imageServers()}>
              Image servers
            </Link>
            {importLink}
          </>
        }
      />
      <ImageDownloads project={project} />
      <QueryState
        query={list}
        what="images"
        preview={previewRows('images', preview, (rows) => table(rows, false, false))}
      >
        {(_images, stale) => (
          <>
            <ListToolbar view={view} noun="images" searches="alias, description, OS or fingerprint">
              <ListFilterSelect view={view} name="type" label="Type" allLabel="All types" options={TYPE_OPTIONS} />
              <ListFilterSelect view={view} name="arch" label="Architecture" allLabel="All architectures" options={architectures} />
              <ListFilterSelect view={view} name="public" label="Public" allLabel="Public or not" options={YES_NO_OPTIONS} />
              <ListFilterSelect view={view} name="cached" label="Cached" allLabel="Cached or not" options={YES_NO_OPTIONS} />
            </ListToolbar>
            <SelectionBar count={selection.selected.length} onDelete={() => setDeleting(selection.selected)} onClear={selection.clear} />
            <ListEmpty
              view={view}
              noun="images"
              empty={
                <EmptyState title="No images yet">
                  <p>Import an image file, or copy one from an image server.</p>
                  {importLink}
                </EmptyState>
              }
            />
            {view.rows.length > 0 && table(view.rows, stale, true)}
          </>
        )}
      </QueryState>
      {deleting && (
        <DeleteImagesDialog
          project={project}
          images={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            selection.clear();
          }}
        />
      )}
    </section>
  );
}
