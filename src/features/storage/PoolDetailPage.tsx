import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { storagePoolQueries } from '@/api/storage/queries';
import { DetailLayout } from '@/components/DetailLayout';
import { QueryState } from '@/components/QueryState';
import { STORAGE_POOL_TABS, paths } from '@/config/paths';
import { usePoolDialogs } from './usePoolDialogs';
import { useStorageRoute } from './useStorageRoute';

/** Header, actions and tabs of one pool; the tab's content comes from the nested route. */
export function PoolDetailPage() {
  const { project, pool: name } = useStorageRoute();
  const client = useLxdClient();
  const navigate = useNavigate();
  const detail = useQuery(storagePoolQueries.detail(client, project, name));
  const list = useQuery(storagePoolQueries.list(client, project));
  const taken = useMemo(() => (list.data ?? []).map((pool) => pool.name), [list.data]);
  const dialogs = usePoolDialogs(project, { taken, onDeleted: () => void navigate(paths.storagePools(project)) });

  return (
    <QueryState
      query={detail}
      what={`storage pool ${name}`}
      notFound={{
        title: `Storage pool “${name}” not found`,
        message: 'There is no storage pool of that name on this server.',
        back: { label: 'Back to storage pools', to: paths.storagePools(project) },
      }}
    >
      {({ data: pool }) => (
        <DetailLayout
          title={pool.name}
          titleContext={['Storage']}
          breadcrumbs={[{ label: 'Storage pools', to: paths.storagePools(project) }]}
          subtitle={`${pool.driver} pool · project ${project}`}
          tabsLabel="Storage pool sections"
          tabs={[
            { label: 'Overview', to: paths.storagePool(project, name) },
            ...STORAGE_POOL_TABS.map((tab) => ({ label: tab.label, to: paths.storagePool(project, name, tab.id) })),
          ]}
          pageProps={{ 'data-pool': pool.name }}
          actions={
            <>
              <button type="button" className="button button-danger" aria-haspopup="dialog" onClick={() => dialogs.remove(pool)}>
                Delete…
              </button>
              {dialogs.dialog}
            </>
          }
        />
      )}
    </QueryState>
  );
}
