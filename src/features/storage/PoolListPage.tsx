import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { serverQueries } from '@/api/server/queries';
import { storagePoolQueries } from '@/api/storage/queries';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, ListToolbar } from '@/components/ListToolbar';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { RowMenu } from '@/components/RowMenu';
import { useListView, type ListViewSpec } from '@/components/useListView';
import { paths } from '@/config/paths';
import type { LxdStoragePool } from '@/lxd';
import { poolColumns } from './poolColumns';
import { usePoolDialogs } from './usePoolDialogs';
import { useStorageRoute } from './useStorageRoute';
import { ActionButton } from '@/components/reasons';

export function PoolListPage() {
  const { project } = useStorageRoute();
  const client = useLxdClient();
  const navigate = useNavigate();
  const list = useQuery(storagePoolQueries.list(client, project));
  const clustered = !!useQuery(serverQueries.info(client)).data?.environment?.server_clustered;
  const spec = useMemo<ListViewSpec<LxdStoragePool>>(
    () => ({
      columns: poolColumns(project, clustered),
      defaultSort: 'name',
      rowKey: (pool) => pool.name,
      text: (pool) => [pool.name, pool.driver, pool.description, pool.config.source],
    }),
    [project, clustered],
  );
  const view = useListView(list.data, spec);
  const taken = useMemo(() => (list.data ?? []).map((pool) => pool.name), [list.data]);
  const dialogs = usePoolDialogs(project, { taken, onCreated: (name) => void navigate(paths.storagePool(project, name)) });
  const actions = (
    <>
      <Link className="button" to={paths.storageVolumes(project)}>
        All volumes
      </Link>
      <ActionButton write type="button" className="button button-primary" aria-haspopup="dialog" onClick={dialogs.create}>
        Create pool
      </ActionButton>
    </>
  );

  return (
    <section className="page" aria-labelledby="pools-title">
      <PageHeader id="pools-title" title="Storage pools" subtitle={`project ${project}`} actions={actions} />
      <QueryState query={list} what="storage pools">
        {(_pools, stale) => (
          <>
            <ListToolbar view={view} noun="pools" searches="name, driver, source or description" />
            <ListEmpty
              view={view}
              noun="pools"
              empty={
                <EmptyState title="No storage pools yet">
                  <p>A pool holds the root disks of instances and custom volumes.</p>
                </EmptyState>
              }
            />
            {view.rows.length > 0 && (
              <DataTable
                label="Storage pools"
                columns={spec.columns}
                rows={view.rows}
                rowKey={spec.rowKey}
                sort={view.sort}
                stale={stale}
                actionsWidth="7.5rem"
                rowProps={(pool) => ({ 'data-pool': pool.name })}
                actions={(pool) => (
                  <>
                    <Link className="button" to={paths.storagePool(project, pool.name, 'configuration')} aria-label={`Edit ${pool.name}`}>
                      Edit
                    </Link>
                    <RowMenu
                      label={`More actions for ${pool.name}`}
                      items={[
                        {
                          label: 'Delete…',
                          ariaLabel: `Delete ${pool.name}`,
                          danger: true,
                          opensDialog: true,
                          onSelect: () => dialogs.remove(pool),
                        },
                      ]}
                    />
                  </>
                )}
              />
            )}
          </>
        )}
      </QueryState>
      {dialogs.dialog}
    </section>
  );
}
