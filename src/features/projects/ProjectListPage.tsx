import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { projectQueries } from '@/api/projects/queries';
import { serverQueries } from '@/api/server/queries';
import { DataTable, type Column } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, ListToolbar } from '@/components/ListToolbar';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { RowMenu } from '@/components/RowMenu';
import { useListView } from '@/components/useListView';
import { paths } from '@/config/paths';
import type { LxdProject } from '@/lxd';
import { ProjectDeleteDialog, ProjectRenameDialog } from './ProjectDialogs';
import { featureSummary, forServer, instanceCount, PROJECT_FEATURES, projectChangeRefusal, type ProjectFeature } from './projectModel';
import './projects.css';
import { WriteLink } from '@/components/readOnly';

function projectColumns(features: readonly ProjectFeature[]): Column<LxdProject>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      width: '14rem',
      sortValue: (project) => project.name,
      className: 'cell-name',
      render: (project) => (
        <Link to={paths.instances(project.name)}>
          {project.name}
        </Link>
      ),
    },
    {
      id: 'description',
      label: 'Description',
      sortValue: (project) => project.description,
      className: 'cell-ellipsis',
      hideNarrow: true,
      render: (project) => project.description || <span className="muted">—</span>,
    },
    {
      id: 'features',
      label: 'Features',
      width: '18rem',
      className: 'project-features-cell',
      hideNarrow: true,
      sortValue: (project) => featureSummary(project, features),
      render: (project) => featureSummary(project, features),
    },
    {
      id: 'instances',
      label: 'Instances',
      width: '8.5rem',
      sortValue: (project) => instanceCount(project),
      render: (project) => instanceCount(project),
    },
  ];
}

type Dialog = { kind: 'rename' | 'delete'; project: LxdProject };

/** Every project of the server: what it isolates, how many instances it holds, and its actions. */
export function ProjectListPage() {
  const client = useLxdClient();
  const projects = useQuery(projectQueries.list(client));
  const extensions = useQuery(serverQueries.info(client)).data?.api_extensions;
  const features = useMemo(() => forServer(PROJECT_FEATURES, extensions), [extensions]);
  const columns = useMemo(() => projectColumns(features), [features]);
  const spec = useMemo(
    () => ({
      columns,
      defaultSort: 'name',
      rowKey: (project: LxdProject) => project.name,
      text: (project: LxdProject) => [project.name, project.description],
    }),
    [columns],
  );
  const view = useListView(projects.data, spec);
  const [dialog, setDialog] = useState<Dialog>();

  return (
    <section className="page" aria-labelledby="projects-title">
      <PageHeader
        id="projects-title"
        title="Projects"
        subtitle="server-wide"
        actions={
          <WriteLink className="button button-primary" to={paths.createProject()}>
            Create project
          </WriteLink>
        }
      />
      <QueryState query={projects} what="projects">
        {(_data, stale) => (
          <>
            <ListToolbar view={view} noun="projects" />
            <ListEmpty view={view} noun="projects" empty={<EmptyState title="No projects" />} />
            {view.rows.length > 0 && (
              <DataTable
                label="Projects"
                columns={columns}
                rows={view.rows}
                rowKey={spec.rowKey}
                sort={view.sort}
                stale={stale}
                actionsWidth="10rem"
                rowProps={(project) => ({ 'data-project': project.name })}
                actions={(project) => (
                  <>
                    <Link className="button" to={paths.projectSettings(project.name)} aria-label={`Settings of ${project.name}`}>
                      Settings
                    </Link>
                    <RowMenu
                      label={`More actions for ${project.name}`}
                      items={[
                        {
                          label: 'Rename',
                          ariaLabel: `Rename ${project.name}`,
                          opensDialog: true,
                          disabledReason: project.name === 'default' ? projectChangeRefusal(project, 'rename') : undefined,
                          onSelect: () => setDialog({ kind: 'rename', project }),
                        },
                        {
                          label: 'Delete',
                          ariaLabel: `Delete ${project.name}`,
                          danger: true,
                          opensDialog: true,
                          disabledReason: project.name === 'default' ? projectChangeRefusal(project, 'delete') : undefined,
                          onSelect: () => setDialog({ kind: 'delete', project }),
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
      {dialog?.kind === 'rename' && (
        <ProjectRenameDialog project={dialog.project} onCancel={() => setDialog(undefined)} onDone={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'delete' && (
        <ProjectDeleteDialog project={dialog.project} onCancel={() => setDialog(undefined)} onDone={() => setDialog(undefined)} />
      )}
    </section>
  );
}
