import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { networkAclQueries } from '@/api/network-acls/queries';
import { DetailLayout } from '@/components/DetailLayout';
import { QueryState } from '@/components/QueryState';
import { useInstanceRoute as useObjectRoute } from '@/components/useInstanceRoute';
import { NETWORK_ACL_TABS, paths } from '@/config/paths';
import { useAclDialogs } from './useAclDialogs';
import { ActionButton } from '@/components/reasons';

/** Header, actions and tabs of one network ACL; the rules are the first tab. */
export function NetworkAclDetailPage() {
  const { project, name } = useObjectRoute();
  const client = useLxdClient();
  const navigate = useNavigate();
  const detail = useQuery(networkAclQueries.detail(client, project, name));
  const list = useQuery(networkAclQueries.list(client, project));
  const taken = useMemo(() => (list.data ?? []).map((acl) => acl.name), [list.data]);
  const dialogs = useAclDialogs(project, {
    taken,
    onRenamed: (_from, to) => void navigate(paths.networkAcl(project, to), { replace: true }),
    onDeleted: () => void navigate(paths.networkAcls(project)),
  });
  return (
    <QueryState
      query={detail}
      what={`network ACL ${name}`}
      notFound={{
        title: `Network ACL “${name}” not found`,
        message: `There is no network ACL of that name in project ${project}.`,
        back: { label: 'Back to network ACLs', to: paths.networkAcls(project) },
      }}
    >
      {({ data: acl }) => (
        <DetailLayout
          title={acl.name}
          titleContext={['Network ACLs']}
          breadcrumbs={[
            { label: 'Networks', to: paths.networks(project) },
            { label: 'Network ACLs', to: paths.networkAcls(project) },
          ]}
          subtitle={`network ACL · project ${project}`}
          tabsLabel="Network ACL sections"
          tabs={[{ label: 'Rules', to: paths.networkAcl(project, name) }, ...NETWORK_ACL_TABS.map((tab) => ({ label: tab.label, to: paths.networkAcl(project, name, tab.id) }))]}
          pageProps={{ 'data-acl': acl.name }}
          actions={
            <>
              <ActionButton write type="button" className="button" aria-haspopup="dialog" onClick={() => dialogs.open('assign', acl)}>
                Assign…
              </ActionButton>
              <ActionButton write type="button" className="button" aria-haspopup="dialog" onClick={() => dialogs.open('rename', acl)}>
                Rename…
              </ActionButton>
              <ActionButton write type="button" className="button button-danger" aria-haspopup="dialog" onClick={() => dialogs.open('delete', acl)}>
                Delete…
              </ActionButton>
              {dialogs.dialog}
            </>
          }
        />
      )}
    </QueryState>
  );
}
