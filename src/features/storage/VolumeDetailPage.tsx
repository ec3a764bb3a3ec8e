import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { storagePoolQueries } from '@/api/storage/queries';
import { storageVolumeQueries } from '@/api/storage-volumes/queries';
import { DetailLayout } from '@/components/DetailLayout';
import { QueryState } from '@/components/QueryState';
import { STORAGE_VOLUME_TABS, paths } from '@/config/paths';
import type { LxdStorageVolume, LxdSyncResult } from '@/lxd';
import { AttachVolumeDialog, CopyVolumeDialog, DeleteVolumeDialog, RenameVolumeDialog, ResizeVolumeDialog } from './VolumeDialogs';
import { useHasVolumeBackups } from './useHasVolumeBackups';
import { useStorageRoute } from './useStorageRoute';
import { customNames } from './volumeRows';
import { ActionButton } from '@/components/reasons';

type VolumeDialogKind = 'attach' | 'resize' | 'rename' | 'copy' | 'delete';

/** Header, actions and tabs of one custom volume. */
export function VolumeDetailPage() {
  const { project, pool, volume: name } = useStorageRoute();
  const client = useLxdClient();
  const detail = useQuery(storageVolumeQueries.detail(client, project, pool, 'custom', name));
  // The copy dialog offers the other pools; read their names now so it opens with them.
  useQuery(storagePoolQueries.names(client, project));
  const [open, setOpen] = useState<VolumeDialogKind>();
  const backups = useHasVolumeBackups();

  return (
    <QueryState
      query={detail}
      what={`volume ${name}`}
      notFound={{
        title: `Volume “${name}” not found`,
        message: `There is no custom volume of that name in pool ${pool}, project ${project}.`,
        back: { label: `Back to pool ${pool}`, to: paths.storagePool(project, pool, 'volumes') },
      }}
    >
      {(latest) => (
        <DetailLayout
          title={latest.data.name}
          titleContext={['Storage']}
          breadcrumbs={[
            { label: 'Storage pools', to: paths.storagePools(project) },
            { label: pool, to: paths.storagePool(project, pool, 'volumes') },
          ]}
          subtitle={`custom ${latest.data.content_type} volume · project ${project}`}
          tabsLabel="Volume sections"
          tabs={[
            { label: 'Overview', to: paths.storageVolume(project, pool, name) },
            ...STORAGE_VOLUME_TABS.filter((tab) => tab.id !== 'backups' || backups).map((tab) => ({ label: tab.label, to: paths.storageVolume(project, pool, name, tab.id) })),
          ]}
          pageProps={{ 'data-volume': latest.data.name }}
          actions={
            <>
              {(['attach', 'resize', 'rename', 'copy'] as const).map((kind) => (
                <ActionButton write key={kind} type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(kind)}>
                  {ACTION_LABEL[kind]}
                </ActionButton>
              ))}
              <ActionButton write type="button" className="button button-danger" aria-haspopup="dialog" onClick={() => setOpen('delete')}>
                Delete…
              </ActionButton>
              <VolumeDialog kind={open} project={project} pool={pool} latest={latest} onClose={() => setOpen(undefined)} />
            </>
          }
        />
      )}
    </QueryState>
  );
}

const ACTION_LABEL: Record<Exclude<VolumeDialogKind, 'delete'>, string> = {
  attach: 'Attach…',
  resize: 'Resize…',
  rename: 'Rename…',
  copy: 'Copy or move…',
};

interface VolumeDialogProps {
  kind: VolumeDialogKind | undefined;
  project: string;
  pool: string;
  latest: LxdSyncResult<LxdStorageVolume>;
  onClose: () => void;
}

function VolumeDialog({ kind, project, pool, latest, onClose }: VolumeDialogProps): ReactNode {
  const navigate = useNavigate();
  const client = useLxdClient();
  const siblings = useQuery(storageVolumeQueries.names(client, project, pool)).data ?? [];
  const volume = latest.data;
  const common = { project, pool, volume, onClose };
  switch (kind) {
    case 'attach':
      return <AttachVolumeDialog {...common} />;
    case 'resize':
      return <ResizeVolumeDialog {...common} latest={latest} />;
    case 'rename':
      return (
        <RenameVolumeDialog
          {...common}
          taken={customNames(siblings, pool)}
          onRenamed={(to) => {
            onClose();
            void navigate(paths.storageVolume(project, pool, to), { replace: true });
          }}
        />
      );
    case 'copy':
      return (
        <CopyVolumeDialog
          {...common}
          onDone={(target, targetProject, name) => {
            onClose();
            void navigate(paths.storageVolume(targetProject, target, name), { replace: false });
          }}
        />
      );
    case 'delete':
      return (
        <DeleteVolumeDialog
          {...common}
          onDeleted={() => {
            onClose();
            void navigate(paths.storagePool(project, pool, 'volumes'));
          }}
        />
      );
    default:
      return null;
  }
}
