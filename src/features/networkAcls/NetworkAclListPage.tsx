import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { networkAclQueries } from '@/api/network-acls/queries';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, ListToolbar } from '@/components/ListToolbar';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { RowMenu } from '@/components/RowMenu';
import { useListView, type ListViewSpec } from '@/components/useListView';
import { DEFAULT_PROJECT, paths } from '@/config/paths';
import type { LxdNetworkAcl } from '@/lxd';
import { aclColumns } from './aclColumns';
import { useAclDialogs } from './useAclDialogs';
import { WriteLink } from '@/components/readOnly';

export function NetworkAclListPage() {
  const project = useParams().project ?? DEFAULT_PROJECT;
  const client = useLxdClient();
  const list = useQuery(networkAclQueries.list(client, project));
  const spec = useMemo<ListViewSpec<LxdNetworkAcl>>(
    () => ({ columns: aclColumns(project), defaultSort: 'name', rowKey: (acl) => acl.name, text: (acl) => [acl.name, acl.description] }),
    [project],
  );
  const view = useListView(list.data, spec);
  const taken = useMemo(() => (list.data ?? []).map((acl) => acl.name), [list.data]);
  const dialogs = useAclDialogs(project, { taken });
  const create = (
    <WriteLink className="button button-primary" to={paths.createNetworkAcl(project)}>
      Create ACL
    </WriteLink>
  );

  return (
    <section className="page" aria-labelledby="acls-title">
      <PageHeader
        id="acls-title"
        title="Network ACLs"
        breadcrumbs={[{ label: 'Networks', to: paths.networks(project) }]}
        subtitle={`project ${project}`}
        actions={create}
      />
      <QueryState query={list} what="network ACLs">
        {(_acls, stale) => (
          <>
            <ListToolbar view={view} noun="ACLs" />
            <ListEmpty
              view={view}
              noun="ACLs"
              empty={
                <EmptyState title="No network ACLs yet">
                  <p>An ACL is an ordered list of ingress and egress rules that networks and NICs apply.</p>
                  {create}
                </EmptyState>
              }
            />
            {view.rows.length > 0 && (
              <DataTable
                label="Network ACLs"
                columns={spec.columns}
                rows={view.rows}
                rowKey={spec.rowKey}
                sort={view.sort}
                stale={stale}
                rowHeight={40}
                actionsWidth="8.5rem"
                rowProps={(acl) => ({ 'data-acl': acl.name })}
                actions={(acl) => (
                  <>
                    <Link className="button" to={paths.networkAcl(project, acl.name)} aria-label={`Edit ${acl.name}`}>
                      Edit
                    </Link>
                    <RowMenu
                      label={`More actions for ${acl.name}`}
                      items={[
                        { label: 'Assign…', ariaLabel: `Assign ${acl.name}`, opensDialog: true, onSelect: () => dialogs.open('assign', acl) },
                        { label: 'Rename…', ariaLabel: `Rename ${acl.name}`, opensDialog: true, onSelect: () => dialogs.open('rename', acl) },
                        { label: 'Delete…', ariaLabel: `Delete ${acl.name}`, danger: true, opensDialog: true, onSelect: () => dialogs.open('delete', acl) },
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
