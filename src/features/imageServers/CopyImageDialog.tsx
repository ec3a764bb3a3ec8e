import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { parseAliasList, useCopyImage } from '@/api/images/copy';
import { projectQueries } from '@/api/projects/queries';
import { ActionButton } from '@/components/reasons';
import { CheckboxField, FormDialog, TextField } from '@/components/FormDialog';
import { paths } from '@/config/paths';
import { useOperationProgress } from '@/realtime/operationProgress';
import { lxdServerUrl, TYPE_LABELS, type RemoteImageChoice } from './imageServerModel';
import { ProjectOptions } from './ProjectOptions';

interface CopyImageDialogProps {
  choice: RemoteImageChoice;
  project: string;
  onClose: () => void;
}

/** `lxc image copy <server>:<alias> local:` with aliases, auto-update and public; live progress and Cancel. */
export function CopyImageDialog({ choice, project: initialProject, onClose }: CopyImageDialogProps) {
  const client = useLxdClient();
  const projects = useQuery(projectQueries.list(client));
  const [project, setProject] = useState(initialProject);
  const [aliases, setAliases] = useState(choice.alias);
  const [autoUpdate, setAutoUpdate] = useState(false);
  const [isPublic, setPublic] = useState(false);
  const copy = useCopyImage();
  const progress = useOperationProgress(client.id, copy.started?.id);
  const done = copy.isSuccess;

  const submit = () =>
    copy.mutate({
      project,
      server: lxdServerUrl(choice.serverUrl),
      protocol: 'simplestreams',
      alias: choice.alias,
      aliases: parseAliasList(aliases),
      autoUpdate,
      public: isPublic,
    });

  const cancelling = copy.cancel.isPending || progress?.status === 'Cancelling';
  const error = copy.isError ? (progress?.status === 'Cancelled' || copy.cancel.isSuccess ? 'The copy was cancelled.' : copy.error.message) : undefined;
  return (
    <FormDialog
      title={`Copy ${choice.alias} from ${choice.serverName}`}
      submitLabel="Copy to this server"
      pending={copy.isPending}
      error={error}
      onSubmit={submit}
      onCancel={onClose}
      cancelLabel={done ? 'Close' : 'Cancel'}
      hideSubmit={done}
      className="copy-image-dialog"
    >
      <p className="muted">
        LXD downloads the {TYPE_LABELS[choice.type]} image <code>{choice.alias}</code> from {choice.serverUrl} itself.
      </p>
      <fieldset disabled={copy.isPending || done} className="plain-fieldset">
        <div className="form-field">
          <label htmlFor="copy-project">Project</label>
          <select id="copy-project" className="input" value={project} onChange={(event) => setProject(event.target.value)}>
            <ProjectOptions projects={projects.data} current={project} />
          </select>
        </div>
        <TextField label="Aliases" value={aliases} onChange={setAliases} hint="Names for the copy on this server, separated by commas; may be empty." />
        <CheckboxField label="Update automatically when the server has a newer build" checked={autoUpdate} onChange={setAutoUpdate} />
        <CheckboxField label="Public (other servers may copy it from this one without trust)" checked={isPublic} onChange={setPublic} />
      </fieldset>
      {copy.isPending && (
        <div className="copy-progress" role="status" aria-live="polite" aria-label="Copy progress">
          <span>{copy.started ? progress?.text ?? 'Waiting for the download to start…' : 'Asking LXD…'}</span>
          {progress?.percent !== undefined && <progress max={100} value={progress.percent} aria-label="Download progress" />}
          {copy.started && (
            <ActionButton write
              type="button"
              reason={copy.started.mayCancel ? undefined : 'LXD cannot cancel this operation'}
              disabled={cancelling}
              onClick={() => copy.started && copy.cancel.mutate(copy.started.id)}
            >
              {cancelling ? 'Cancelling…' : 'Cancel download'}
            </ActionButton>
          )}
        </div>
      )}
      {done && (
        <p className="copy-done" role="status">
          Copied.{' '}
          {copy.data.fingerprint ? (
            <Link to={paths.image(project, copy.data.fingerprint)}>Open the image {copy.data.fingerprint.slice(0, 12)}</Link>
          ) : (
            <Link to={paths.images(project)}>Open the images of project {project}</Link>
          )}
        </p>
      )}
    </FormDialog>
  );
}
