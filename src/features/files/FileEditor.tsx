import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { useSaveFile } from '@/api/files/mutations';
import { EDITABLE_MAX_BYTES, fileDownloadUrl, fileQueries } from '@/api/files/queries';
import { ErrorState, errorText } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { joinPath, type LxdFileStat } from '@/lxd/files';
import { formatSize } from './fileModel';
import { ActionButton } from '@/components/reasons';

interface FileEditorProps {
  project: string;
  instance: string;
  directory: string;
  name: string;
  onClose: () => void;
}

/** Reads the file once; text files up to EDITABLE_MAX_BYTES are edited, others offered as a download. */
export function FileEditor({ project, instance, directory, name, onClose }: FileEditorProps) {
  const client = useLxdClient();
  const path = joinPath(directory, name);
  const content = useQuery(fileQueries.content(client, project, instance, path));
  const download = fileDownloadUrl(client, project, instance, path);

  let body;
  if (content.isPending) body = <LoadingState label={`Reading ${path}…`} />;
  else if (content.isError) body = <ErrorState title={`Could not read ${path}`} error={content.error} onRetry={() => void content.refetch()} />;
  else if (content.data.stat.type !== 'file' || content.data.text === null || content.data.size > EDITABLE_MAX_BYTES) {
    body = (
      <p>
        {content.data.size > EDITABLE_MAX_BYTES
          ? `${path} is larger than ${formatSize(EDITABLE_MAX_BYTES)}.`
          : `${path} is not a text file (not valid UTF-8, or it holds NUL bytes).`}{' '}
        <a className="button" href={download} download={name}>
          Download {name}
        </a>
      </p>
    );
  } else {
    body = (
      <EditorForm
        key={path}
        project={project}
        instance={instance}
        directory={directory}
        name={name}
        initial={content.data.text}
        stat={content.data.stat}
        onClose={onClose}
      />
    );
  }

  return (
    <section className="file-editor" aria-labelledby="file-editor-title">
      <div className="file-editor-head">
        <h2 id="file-editor-title" className="section-title">
          {path}
        </h2>
        <button data-view="" type="button" className="button" onClick={onClose}>
          Close editor
        </button>
      </div>
      {body}
    </section>
  );
}

interface EditorFormProps extends Omit<FileEditorProps, 'onClose'> {
  initial: string;
  stat: LxdFileStat;
  onClose: () => void;
}

/** The text stays as typed when saving fails; LXD keeps the file's owner and mode. */
function EditorForm({ project, instance, directory, name, initial, stat, onClose }: EditorFormProps) {
  const save = useSaveFile(project, instance);
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const id = useId();
  const dirty = text !== saved;

  return (
    <form
      className="file-editor-form"
      aria-label={`Edit ${name}`}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ directory, name, text, stat }, { onSuccess: () => setSaved(text) });
      }}
    >
      <label htmlFor={`${id}-text`} className="file-editor-label">
        Contents of {joinPath(directory, name)}
      </label>
      <textarea
        id={`${id}-text`}
        className="input file-editor-text"
        value={text}
        spellCheck={false}
        aria-describedby={save.error ? `${id}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (save.error) save.reset();
        }}
      />
      {save.error && (
        <p id={`${id}-error`} className="file-form-error" role="alert">
          Not saved: {errorText(save.error)}
        </p>
      )}
      <div className="file-editor-actions">
        <ActionButton write type="submit" className="button button-primary" disabled={save.isPending || !dirty}>
          {save.isPending ? 'Saving…' : 'Save'}
        </ActionButton>
        <span className="muted" aria-live="polite">
          {dirty ? 'Unsaved changes' : 'No unsaved changes'}
        </span>
        <button data-view="" type="button" className="button" onClick={onClose} disabled={save.isPending}>
          {dirty ? 'Discard and close' : 'Close'}
        </button>
      </div>
    </form>
  );
}
