import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useLxdClient } from '@/api/client-context';
import type { NamedItem } from '@/api/namedList';
import { storagePoolQueries } from '@/api/storage/queries';
import type { VolumeItem } from '@/api/storage-volumes/names';
import { storageVolumeQueries } from '@/api/storage-volumes/queries';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { paths } from '@/config/paths';
import { useStorageRoute } from './useStorageRoute';
import { useVolumeListDialogs } from './useVolumeListDialogs';
import { VolumeTable } from './VolumeTable';

/**
 * The volumes of every pool: the pool names, then one names query per pool (the same ones the pool
 * pages use, so events patch them), merged; each row reads its volume as it shows.
 */
export function VolumeListPage() {
  const { project } = useStorageRoute();
  const client = useLxdClient();
  const pools = useQuery(storagePoolQueries.names(client, project));
  return (
    <section className="page" aria-labelledby="volumes-title">
      <QueryState query={pools} what="storage pools">
        {(data) => <AllVolumes project={project} poolList={data} />}
      </QueryState>
    </section>
  );
}

function AllVolumes({ project, poolList }: { project: string; poolList: readonly NamedItem[] }) {
  const client = useLxdClient();
  const pools = useMemo(() => poolList.map((pool) => pool.name), [poolList]);
  const combine = useCallback((lists: UseQueryResult<VolumeItem[]>[]) => ({ lists, items: lists.flatMap((list) => list.data ?? []) }), []);
  const { lists, items } = useQueries({ queries: pools.map((pool) => storageVolumeQueries.names(client, project, pool)), combine });
  const dialogs = useVolumeListDialogs(project, pools, items);
  const failed = lists.find((list) => list.isError && list.data === undefined);
  return (
    <>
      <PageHeader
        id="volumes-title"
        title="Storage volumes"
        titleContext={['Storage']}
        breadcrumbs={[{ label: 'Storage pools', to: paths.storagePools(project) }]}
        subtitle={`every pool · project ${project}`}
        actions={dialogs.createButton}
      />
      {lists.some((list) => list.isPending) ? (
        <LoadingState label="Loading volumes…" />
      ) : failed ? (
        <ErrorState title="Could not load volumes" error={failed.error} onRetry={() => void failed.refetch()} />
      ) : (
        <VolumeTable project={project} items={items} stale={lists.some((list) => list.isError)} showPool empty={<p>No pool holds a volume of this project.</p>} onDelete={dialogs.remove} />
      )}
      {dialogs.dialog}
    </>
  );
}
