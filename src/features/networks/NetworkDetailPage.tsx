import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { networkQueries } from '@/api/networks/queries';
import { DetailLayout } from '@/components/DetailLayout';
import { QueryState } from '@/components/QueryState';
import { ActionButton } from '@/components/reasons';
import { useInstanceRoute as useObjectRoute } from '@/components/useInstanceRoute';
import { NETWORK_TABS, paths } from '@/config/paths';
import { renameRefusal } from './networkModel';
import { useNetworkDialogs } from './useNetworkDialogs';

/** Header, actions and tabs of one network; the tab's content comes from the nested route. */
export function NetworkDetailPage() {
  const { project, name } = useObjectRoute();
  const client = useLxdClient();
  const navigate = useNavigate();
  const detail = useQuery(networkQueries.detail(client, project, name));
  const names = useQuery(networkQueries.names(client, project));
  const taken = useMemo(() => (names.data ?? []).map((network) => network.name), [names.data]);
  const dialogs = useNetworkDialogs(project, {
    taken,
    onRenamed: (_from, to) => void navigate(paths.network(project, to), { replace: true }),
    onDeleted: () => void navigate(paths.networks(project)),
  });

  return (
    <QueryState
      query={detail}
      what={`network ${name}`}
      notFound={{
        title: `Network “${name}” not found`,
        message: `There is no network of that name in project ${project}.`,
        back: { label: 'Back to networks', to: paths.networks(project) },
      }}
    >
      {({ data: network }) => (
        <DetailLayout
          title={network.name}
          titleContext={['Networks']}
          breadcrumbs={[{ label: 'Networks', to: paths.networks(project) }]}
          subtitle={`${network.type}${network.managed ? '' : ' · host interface, not managed by LXD'} · project ${project}`}
          tabsLabel="Network sections"
          tabs={[
            { label: 'Overview', to: paths.network(project, name) },
            ...(network.managed ? NETWORK_TABS : []).map((tab) => ({ label: tab.label, to: paths.network(project, name, tab.id) })),
          ]}
          pageProps={{ 'data-network': network.name }}
          actions={
            network.managed && (
              <>
                <ActionButton write type="button" className="button" aria-haspopup="dialog" onClick={() => dialogs.open('attach', network)}>
                  Attach…
                </ActionButton>
                <ActionButton write aria-haspopup="dialog" reason={renameRefusal(network)} onClick={() => dialogs.open('rename', network)}>
                  Rename…
                </ActionButton>
                <ActionButton write type="button" className="button button-danger" aria-haspopup="dialog" onClick={() => dialogs.open('delete', network)}>
                  Delete…
                </ActionButton>
                {dialogs.dialog}
              </>
            )
          }
        />
      )}
    </QueryState>
  );
}
