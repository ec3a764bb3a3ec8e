import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useLxdClient } from '@/api/client-context';
import { imageQueries } from '@/api/images/queries';
import { FactsTable } from '@/components/FactsTable';
import { RowMenu } from '@/components/RowMenu';
import type { LxdImageAlias } from '@/lxd';
import { AddAliasDialog, DeleteAliasDialog, DescribeAliasDialog, RenameAliasDialog } from './AliasDialogs';
import { aliasNames } from './imageModel';
import { useImageRoute } from './useImageRoute';
import { ActionButton } from '@/components/reasons';

type Open = { kind: 'add' } | { kind: 'rename' | 'describe' | 'delete'; alias: LxdImageAlias } | null;

/** The image's aliases: add, rename, describe, delete. */
export function ImageAliasesTab() {
  const { project, fingerprint } = useImageRoute();
  const client = useLxdClient();
  const image = useQuery(imageQueries.detail(client, project, fingerprint)).data?.data;
  const list = useQuery(imageQueries.list(client, project)).data;
  const taken = useMemo(() => (list ?? []).flatMap(aliasNames), [list]);
  const [open, setOpen] = useState<Open>(null);
  if (!image) return null;
  const close = () => setOpen(null);
  const common = { project, fingerprint, taken, onClose: close };
  let dialog: ReactNode = null;
  if (open?.kind === 'add') dialog = <AddAliasDialog {...common} />;
  else if (open?.kind === 'rename') dialog = <RenameAliasDialog {...common} alias={open.alias.name} />;
  else if (open?.kind === 'describe') dialog = <DescribeAliasDialog {...common} alias={open.alias} />;
  else if (open?.kind === 'delete') dialog = <DeleteAliasDialog {...common} alias={open.alias.name} />;

  const aliases = image.aliases ?? [];
  return (
    <div className="overview">
      <div>
        <ActionButton write type="button" className="button button-primary" aria-haspopup="dialog" onClick={() => setOpen({ kind: 'add' })}>
          Add alias…
        </ActionButton>
      </div>
      <FactsTable
        label="Aliases"
        columns={[{ label: 'Name', className: 'cell-mono' }, { label: 'Description', className: 'image-description' }, { label: 'Actions' }]}
        rows={aliases.map((alias) => ({
          key: alias.name,
          cells: [
            alias.name,
            alias.description || <span className="muted">—</span>,
            <RowMenu
              key="menu"
              label={`Actions for alias ${alias.name}`}
              items={[
                { label: 'Rename…', ariaLabel: `Rename alias ${alias.name}`, opensDialog: true, onSelect: () => setOpen({ kind: 'rename', alias }) },
                { label: 'Describe…', ariaLabel: `Describe alias ${alias.name}`, opensDialog: true, onSelect: () => setOpen({ kind: 'describe', alias }) },
                { label: 'Delete…', ariaLabel: `Delete alias ${alias.name}`, danger: true, opensDialog: true, onSelect: () => setOpen({ kind: 'delete', alias }) },
              ]}
            />,
          ],
        }))}
        empty={<p className="muted">No aliases: the image is known by its fingerprint only.</p>}
      />
      {dialog}
    </div>
  );
}
