import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { useSetProfileOnInstances, type SetProfileOutcome } from '@/api/profiles/mutations';
import { FormDialog } from '@/components/FormDialog';
import { QueryState } from '@/components/QueryState';
import { paths } from '@/config/paths';
import { compareText } from '@/lib/format';
import { profileChanges } from './profileModel';
import './profiles.css';

interface ProfileInstancesDialogProps {
  project: string;
  profile: string;
  onClose: () => void;
}

/**
 * Which of the project's instances use the profile, as checkboxes: ticking adds the profile,
 * clearing removes it. Applying changes each instance on its own and reports each failure.
 */
export function ProfileInstancesDialog({ project, profile, onClose }: ProfileInstancesDialogProps) {
  const client = useLxdClient();
  const list = useQuery(instanceQueries.list(client, project));
  const apply = useSetProfileOnInstances(project);
  // The state as first read: later reads (after applying) must not move the user's ticks.
  const [initial, setInitial] = useState<ReadonlySet<string>>();
  const [checked, setChecked] = useState<ReadonlySet<string>>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [outcomes, setOutcomes] = useState<SetProfileOutcome[]>();
  const [filter, setFilter] = useState('');

  if (list.data && !initial) {
    const using = new Set(list.data.filter((instance) => instance.profiles.includes(profile)).map((instance) => instance.name));
    setInitial(using);
    setChecked(using);
  }
  const names = useMemo(() => (list.data ?? []).map((instance) => instance.name).sort(compareText), [list.data]);
  const shown = filter ? names.filter((name) => name.toLowerCase().includes(filter.toLowerCase())) : names;
  const changes = initial && checked ? profileChanges(initial, checked) : { add: [], remove: [] };
  const count = changes.add.length + changes.remove.length;
  const failures = outcomes?.filter((outcome) => outcome.error) ?? [];
  const finished = outcomes !== undefined;

  const toggle = (name: string) =>
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });

  const submit = () => {
    if (count === 0) return;
    setOutcomes(undefined);
    apply
      .mutateAsync({ profile, ...changes, onProgress: (done, total) => setProgress({ done, total }) })
      .then((result) => {
        setOutcomes(result);
        // What failed keeps the user's tick, so Apply can try it again; what worked is the new start.
        const failed = new Set(result.filter((outcome) => outcome.error).map((outcome) => outcome.instance));
        const now = new Set(initial);
        for (const outcome of result) {
          if (failed.has(outcome.instance)) continue;
          if (outcome.change === 'add') now.add(outcome.instance);
          else now.delete(outcome.instance);
        }
        setInitial(now);
      })
      .catch(() => undefined)
      .finally(() => setProgress(undefined));
  };

  return (
    <FormDialog
      title={`Instances using ${profile}`}
      submitLabel={count === 0 ? 'Apply' : `Apply to ${count} instance${count === 1 ? '' : 's'}`}
      submitReason={count === 0 ? 'Tick or clear instances first.' : undefined}
      pending={apply.isPending}
      cancelLabel={finished || count === 0 ? 'Close' : 'Cancel'}
      onSubmit={submit}
      onCancel={onClose}
      className="profile-instances-dialog"
    >
      <p>Ticked instances use the profile {profile}; it is added last, so its settings win over earlier profiles.</p>
      <QueryState query={list} what="instances">
        {(instances) =>
          instances.length === 0 ? (
            <p className="muted">There are no instances in project {project}.</p>
          ) : (
            <>
              {instances.length > 8 && (
                <input
                  type="search"
                  className="input"
                  placeholder="Filter instances"
                  aria-label="Filter instances"
                  value={filter}
                  onChange={(event) => setFilter(event.target.value)}
                />
              )}
              <fieldset className="instance-checklist">
                <legend>Instances of project {project}</legend>
                {shown.map((name) => (
                  <label key={name} className="form-check">
                    <input type="checkbox" checked={checked?.has(name) ?? false} disabled={apply.isPending} onChange={() => toggle(name)} />
                    {name}
                  </label>
                ))}
                {shown.length === 0 && <p className="muted">No instances match.</p>}
              </fieldset>
            </>
          )
        }
      </QueryState>
      <p className="muted" aria-live="polite">
        {progress
          ? `Applying: ${progress.done} of ${progress.total} done…`
          : count > 0
            ? `Adds it to ${changes.add.length}, removes it from ${changes.remove.length}.`
            : finished
              ? failures.length === 0
                ? `Done: ${outcomes.length} instance${outcomes.length === 1 ? '' : 's'} changed.`
                : ''
              : 'No changes yet.'}
      </p>
      {failures.length > 0 && (
        <div role="alert">
          <p>
            {failures.length} of {outcomes?.length} failed; their ticks are kept, so Apply tries them again:
          </p>
          <ul className="failure-list" aria-label="Instances not changed">
            {failures.map((failure) => (
              <li key={failure.instance}>
                <Link to={paths.instance(project, failure.instance)}>{failure.instance}</Link>: {failure.error}
              </li>
            ))}
          </ul>
        </div>
      )}
    </FormDialog>
  );
}
