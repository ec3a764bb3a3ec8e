import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { storagePoolQueries } from '@/api/storage/queries';
import { DetailLayout } from '@/components/DetailLayout';
import { QueryState } from '@/components/QueryState';
import { ActionButton } from '@/components/reasons';
import { useFirstScreenDone } from '@/components/useFirstScreenDone';
import { STORAGE_POOL_TABS, paths } from '@/config/paths';
import { usePoolDialogs } from './usePoolDialogs';
import { useStorageRoute } from './useStorageRoute';

/**
 * Header, actions and tabs of one pool; the tab's content comes from the nested route. The tabs do
 * not wait for the pool: on LXD 5.0 its `used_by` (every volume on it) takes seconds beside many
 * instances, while the Volumes tab's names take milliseconds. LXD answers such reads one after
 * another and spends a second of CPU on this one, so on the Volumes tab the pool is read once the
 * tab's first screen is in (its driver and the Delete button wait for it).
 */
export function PoolDetailPage() {
  const { project, pool: name } = useStorageRoute();
  const client = useLxdClient();
  const navigate = useNavigate();
  const onVolumesTab = useLocation().pathname.endsWith('/volumes');
  const firstScreenDone = useFirstScreenDone();
  const detail = useQuery({ ...storagePoolQueries.detail(client, project, name), enabled: !onVolumesTab || firstScreenDone });
  const names = useQuery(storagePoolQueries.names(client, project));
  const taken = useMemo(() => (names.data ?? []).map((pool) => pool.name), [names.data]);
  const dialogs = usePoolDialogs(project, { taken, onDeleted: () => void navigate(paths.storagePools(project)) });
  const notFound = {
    title: `Storage pool “${name}” not found`,
    message: 'There is no storage pool of that name on this server.',
    back: { label: 'Back to storage pools', to: paths.storagePools(project) },
  };
  if (detail.isError && detail.data === undefined) {
    return (
      <QueryState query={detail} what={`storage pool ${name}`} notFound={notFound}>
        {() => null}
      </QueryState>
    );
  }
  const pool = detail.data?.data;
  return (
    <DetailLayout
      title={name}
      titleContext={['Storage']}
      breadcrumbs={[{ label: 'Storage pools', to: paths.storagePools(project) }]}
      subtitle={`${pool ? `${pool.driver} pool` : 'storage pool'} · project ${project}`}
      tabsLabel="Storage pool sections"
      tabs={[
        { label: 'Overview', to: paths.storagePool(project, name) },
        ...STORAGE_POOL_TABS.map((tab) => ({ label: tab.label, to: paths.storagePool(project, name, tab.id) })),
      ]}
      pageProps={{ 'data-pool': name }}
      actions={
        <>
          <ActionButton write
            className="button button-danger"
            aria-haspopup="dialog"
            reason={pool ? undefined : `Still reading ${name}…`}
            onClick={() => pool && dialogs.remove(pool)}
          >
            Delete…
          </ActionButton>
          {dialogs.dialog}
        </>
      }
    />
  );
}
