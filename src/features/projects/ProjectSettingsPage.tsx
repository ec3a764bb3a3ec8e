import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { useUpdateProject } from '@/api/projects/mutations';
import { projectQueries } from '@/api/projects/queries';
import { serverQueries } from '@/api/server/queries';
import { ConfigEditor } from '@/components/config/ConfigEditor';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { ActionButton } from '@/components/reasons';
import { UsedByList } from '@/components/UsedByList';
import { DEFAULT_PROJECT, paths } from '@/config/paths';
import type { LxdProject, LxdSyncResult } from '@/lxd';
import { projectConfigResource, projectInheritedValues } from './projectConfig';
import { ProjectDeleteDialog, ProjectRenameDialog } from './ProjectDialogs';
import { featureSummary, forServer, instanceCount, PROJECT_FEATURES, projectContents } from './projectModel';
import './projects.css';

/** One project's own page: what is in it, its settings through `ConfigEditor`, rename and delete. */
export function ProjectSettingsPage() {
  const name = useParams().project ?? DEFAULT_PROJECT;
  const client = useLxdClient();
  const navigate = useNavigate();
  const detail = useQuery(projectQueries.detail(client, name));
  const [dialog, setDialog] = useState<'rename' | 'delete'>();
  const project = detail.data?.data;
  const unchangeable = name === DEFAULT_PROJECT ? 'The default project cannot be renamed or deleted.' : undefined;

  return (
    <section className="page" aria-labelledby="project-settings-title">
      <PageHeader
        id="project-settings-title"
        title={name}
        titleContext={['Project settings']}
        breadcrumbs={[{ label: 'Projects', to: paths.projects() }]}
        subtitle="project settings"
        actions={
          <>
            <ActionButton write reason={unchangeable} disabled={!project} aria-haspopup="dialog" onClick={() => setDialog('rename')}>
              Rename
            </ActionButton>
            <ActionButton write
              reason={unchangeable}
              disabled={!project}
              className="button button-danger"
              aria-haspopup="dialog"
              onClick={() => setDialog('delete')}
            >
              Delete
            </ActionButton>
          </>
        }
      />
      <QueryState query={detail} what={`project ${name}`}>
        {(result) => <ProjectSettings key={name} name={name} result={result} />}
      </QueryState>
      {project && dialog === 'rename' && (
        <ProjectRenameDialog
          project={project}
          onCancel={() => setDialog(undefined)}
          onDone={(to) => {
            // The page stays mounted for the new name: the dialog closes itself.
            setDialog(undefined);
            void navigate(paths.projectSettings(to), { replace: true });
          }}
        />
      )}
      {project && dialog === 'delete' && (
        <ProjectDeleteDialog project={project} onCancel={() => setDialog(undefined)} onDone={() => void navigate(paths.projects(), { replace: true })} />
      )}
    </section>
  );
}

function ProjectSettings({ name, result }: { name: string; result: LxdSyncResult<LxdProject> }) {
  const client = useLxdClient();
  const extensions = useQuery(serverQueries.info(client)).data?.api_extensions;
  const key = extensions?.join(',');
  // One declaration per extension list: the editor keys its parsing on the resource's identity.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the joined list stands for the array
  const resource = useMemo(() => projectConfigResource(extensions), [key]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
  const inherited = useMemo(() => projectInheritedValues(extensions), [key]);
  const save = useUpdateProject(name);
  const project = result.data;
  const contents = projectContents(project);

  return (
    <>
      <dl className="facts project-facts" aria-label="Summary">
        <div className="fact">
          <dt>Description</dt>
          <dd>{project.description || '—'}</dd>
        </div>
        <div className="fact">
          <dt>Features</dt>
          <dd>{featureSummary(project, forServer(PROJECT_FEATURES, extensions))}</dd>
        </div>
        <div className="fact">
          <dt>Instances</dt>
          <dd>{instanceCount(project)}</dd>
        </div>
      </dl>
      <h2 className="section-title">What is in it</h2>
      <UsedByList
        usedBy={contents.map((ref) => ref.url)}
        project={name}
        label={`What is in project ${name}`}
        none="Nothing: the project is empty (apart from its own default profile, if it has one)."
      />
      <h2 className="section-title">Settings</h2>
      <ConfigEditor resource={resource} name={`project ${name}`} latest={result} save={save} inherited={inherited} />
    </>
  );
}
