import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { DetailLayout } from '@/components/DetailLayout';
import { QueryState } from '@/components/QueryState';
import { StatusBadge } from '@/components/StatusBadge';
import { useInstanceRoute } from '@/components/useInstanceRoute';
import { INSTANCE_TABS, paths } from '@/config/paths';
import { InstanceActions } from '../actions/InstanceActions';

/** Header, actions and tabs of one instance; the tab's content comes from the nested route. */
export function InstanceDetailPage() {
  const { project, name } = useInstanceRoute();
  const client = useLxdClient();
  const detail = useQuery(instanceQueries.detail(client, project, name));

  return (
    <QueryState
      query={detail}
      what={name}
      hideStaleNote
      notFound={{
        title: `Instance “${name}” not found`,
        message: `There is no instance of that name in project ${project}.`,
        back: { label: 'Back to instances', to: paths.instances(project) },
      }}
    >
      {({ data: instance }) => (
        <DetailLayout
          title={instance.name}
          titleContext={['Instances']}
          breadcrumbs={[{ label: 'Instances', to: paths.instances(project) }]}
          badges={
            <>
              <StatusBadge status={instance.status} />
              <span className="muted">{instance.type === 'virtual-machine' ? 'VM' : 'Container'}</span>
            </>
          }
          actions={<InstanceActions instance={instance} />}
          tabsLabel="Instance sections"
          tabs={[
            { label: 'Overview', to: paths.instance(project, name) },
            ...INSTANCE_TABS.map((tab) => ({ label: tab.label, to: paths.instance(project, name, tab.id) })),
          ]}
        />
      )}
    </QueryState>
  );
}
