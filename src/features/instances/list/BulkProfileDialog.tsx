import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { useSetProfileOnInstances, type SetProfileOutcome } from '@/api/profiles/mutations';
import { profileQueries } from '@/api/profiles/queries';
import { FormDialog } from '@/components/FormDialog';

interface BulkProfileDialogProps {
  project: string;
  /** The selected instances, fixed when the dialog opened. */
  names: readonly string[];
  onClose: () => void;
}

/**
 * Adds a profile to the selected instances (it goes last, so its settings win) or removes it.
 * Each instance is changed with If-Match of its own ETag; failures are listed with LXD's message.
 */
export function BulkProfileDialog({ project, names, onClose }: BulkProfileDialogProps) {
  const client = useLxdClient();
  const id = useId();
  const profiles = useQuery(profileQueries.list(client, project));
  const setProfile = useSetProfileOnInstances(project);
  const [profile, setProfileName] = useState('');
  const [change, setChange] = useState<'add' | 'remove'>('add');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<SetProfileOutcome[] | null>(null);
  const failed = outcomes?.filter((outcome) => outcome.error) ?? [];
  const changed = outcomes?.filter((outcome) => !outcome.error && !outcome.unchanged).length ?? 0;
  const done = outcomes !== null && failed.length === 0;

  const apply = async () => {
    setOutcomes(null);
    const result = await setProfile.mutateAsync({
      profile,
      add: change === 'add' ? names : [],
      remove: change === 'remove' ? names : [],
      onProgress: (count, total) => setProgress({ done: count, total }),
    });
    setProgress(null);
    setOutcomes(result);
  };

  const what = names.length === 1 ? (names[0] ?? '') : `${names.length} instances`;
  return (
    <FormDialog
      title={`Profiles of ${what}`}
      submitLabel={failed.length > 0 ? 'Try again' : change === 'add' ? 'Add profile' : 'Remove profile'}
      pending={setProfile.isPending}
      hideSubmit={done}
      cancelLabel={done ? 'Close' : 'Cancel'}
      submitReason={profile ? undefined : 'Choose a profile first.'}
      onSubmit={() => void apply()}
      onCancel={onClose}
    >
      <div className="form-field">
        <label htmlFor={`${id}-profile`}>Profile</label>
        <select id={`${id}-profile`} className="input" value={profile} onChange={(event) => setProfileName(event.target.value)}>
          <option value="">{profiles.isPending ? 'Loading profiles…' : 'Choose a profile'}</option>
          {(profiles.data ?? []).map((entry) => (
            <option key={entry.name} value={entry.name}>
              {entry.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="form-field">
        <legend>Change</legend>
        <label>
          <input type="radio" name={`${id}-change`} checked={change === 'add'} onChange={() => setChange('add')} /> Add it (applied last, so its
          settings win)
        </label>
        <label>
          <input type="radio" name={`${id}-change`} checked={change === 'remove'} onChange={() => setChange('remove')} /> Remove it
        </label>
      </fieldset>
      <p className="muted">Instances: {names.join(', ')}</p>
      {progress && (
        <p role="status">
          {progress.done} of {progress.total} done
        </p>
      )}
      {outcomes && (
        <div role={failed.length > 0 ? 'alert' : 'status'}>
          <p>
            {changed} {changed === 1 ? 'instance' : 'instances'} changed
            {outcomes.length - changed - failed.length > 0 ? `, ${outcomes.length - changed - failed.length} already as asked` : ''}.
          </p>
          {failed.length > 0 && (
            <ul aria-label="Instances not changed">
              {failed.map((outcome) => (
                <li key={outcome.instance}>
                  {outcome.instance}: {outcome.error}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </FormDialog>
  );
}
