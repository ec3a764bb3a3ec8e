import { Outlet } from 'react-router';
import { useClustered } from '@/api/cluster/useClustered';
import { DetailLayout } from '@/components/DetailLayout';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { CLUSTER_TABS, paths } from '@/config/paths';
import { EvacuationProgress } from './EvacuationProgress';

/** The LXD cluster: members and groups. A standalone server is told so, and never asked for members (LXD answers 500). */
export function ClusterPage() {
  const clustered = useClustered();
  if (!clustered) {
    return (
      <section className="page" aria-labelledby="cluster-title">
        <PageHeader id="cluster-title" title="Cluster" />
        <EmptyState title="This server is not clustered">
          <p>
            An LXD cluster joins several servers under one API. Create one with <code>lxc cluster enable &lt;name&gt;</code> on this server.
          </p>
        </EmptyState>
      </section>
    );
  }
  return (
    <DetailLayout
      title="Cluster"
      tabsLabel="Cluster sections"
      tabs={[{ label: 'Members', to: paths.cluster() }, ...CLUSTER_TABS.map((tab) => ({ label: tab.label, to: paths.cluster(tab.id) }))]}
    >
      <EvacuationProgress />
      <Outlet />
    </DetailLayout>
  );
}
