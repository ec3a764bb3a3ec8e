import { useQuery } from '@tanstack/react-query';
import { Link, NavLink, Outlet } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { StatusBadge } from '@/components/StatusBadge';
import { INSTANCE_TABS, paths } from '@/config/paths';
import { isLxdError } from '@/lxd';
import { InstanceActions } from '../actions/InstanceActions';
import { useInstanceRoute } from '@/components/useInstanceRoute';

/** Header, actions and tabs of one instance; the tab's content comes from the nested route. */
export function InstanceDetailPage() {
  const { project, name } = useInstanceRoute();
  const client = useLxdClient();
  const detail = useQuery(instanceQueries.detail(client, project, name));

  if (detail.isPending) return <LoadingState label={`Loading ${name}…`} />;
  if (detail.isError && !detail.data) {
    if (isLxdError(detail.error) && detail.error.isNotFound) {
      return (
        <div className="state state-error" role="alert">
          <h2>Instance “{name}” not found</h2>
          <p>
            There is no instance of that name in project {project}. <Link to={paths.instances(project)}>Back to instances</Link>
          </p>
        </div>
      );
    }
    return <ErrorState title={`Could not load ${name}`} error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const instance = detail.data.data;

  return (
    <section className="page" aria-labelledby="instance-title">
      <nav className="breadcrumb muted" aria-label="Breadcrumb">
        <Link to={paths.instances(project)}>Instances</Link> / {name}
      </nav>
      <header className="page-header">
        <h1 id="instance-title">{instance.name}</h1>
        <StatusBadge status={instance.status} />
        <span className="muted">{instance.type === 'virtual-machine' ? 'VM' : 'Container'}</span>
        <div className="page-actions">
          <InstanceActions instance={instance} />
        </div>
      </header>
      <nav className="tabs" aria-label="Instance sections">
        <NavLink end to={paths.instance(project, name)} className={({ isActive }) => (isActive ? 'tab active' : 'tab')}>
          Overview
        </NavLink>
        {INSTANCE_TABS.map((tab) => (
          <NavLink
            key={tab.id}
            to={paths.instance(project, name, tab.id)}
            className={({ isActive }) => (isActive ? 'tab active' : 'tab')}
          >
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <div className="tab-panel">
        <Outlet />
      </div>
    </section>
  );
}
