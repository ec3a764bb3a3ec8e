import { useId, useState } from 'react';
import { useBulkInstanceAction, type BulkKind, type BulkOutcome, type LifecycleAction } from '@/api/instances/mutations';
import type { LxdInstance } from '@/lxd';
import { ACTION_LABEL, PENDING_LABEL, partitionForAction } from '../actions/instanceActionRules';
import { BULK_CONFIRMED_ACTIONS } from '../actions/confirmedActions';
import { LazyBulkProfileDialog as BulkProfileDialog, LazyLifecycleConfirmDialog as LifecycleConfirmDialog } from '../actions/lazyDialogs';
import { BulkResultNote, type BulkResult } from './BulkResultNote';
import { ActionButton } from '@/components/reasons';

/** Lifecycle actions offered for a selection; each applies to the selected instances it fits. */
const BULK_LIFECYCLE: LifecycleAction[] = ['start', 'stop', 'force-stop', 'restart', 'freeze', 'unfreeze'];

interface BulkActionBarProps {
  project: string;
  selected: readonly LxdInstance[];
  onClear: () => void;
  onDelete: () => void;
}

export function BulkActionBar({ project, selected, onClear, onDelete }: BulkActionBarProps) {
  const bulk = useBulkInstanceAction(project);
  const [progress, setProgress] = useState<{ kind: BulkKind; done: number; total: number } | null>(null);
  const [result, setResult] = useState<BulkResult | null>(null);
  const [profilesFor, setProfilesFor] = useState<string[] | null>(null);
  const [confirming, setConfirming] = useState<{ kind: LifecycleAction; names: string[]; skipped: number } | null>(null);
  const idPrefix = useId();

  /** Actions that end what runs in the instances ask first, naming them; the others run at once. */
  const ask = (kind: LifecycleAction) => {
    const { apply, skip } = partitionForAction(selected, kind);
    const names = apply.map((instance) => instance.name);
    if (BULK_CONFIRMED_ACTIONS.has(kind)) setConfirming({ kind, names, skipped: skip.length });
    else run(kind, names, skip.length);
  };

  const run = (kind: LifecycleAction, names: string[], skipped: number) => {
    setResult(null);
    setProgress({ kind, done: 0, total: names.length });
    bulk.mutate(
      { kind, names, onProgress: (done) => setProgress({ kind, done, total: names.length }) },
      {
        onSuccess: (outcomes: BulkOutcome[]) => setResult({ kind, outcomes, skipped }),
        onSettled: () => setProgress(null),
      },
    );
  };

  const deletable = partitionForAction(selected, 'delete').apply.length;
  return (
    <>
      <div className="bulk-bar" role="toolbar" aria-label="Bulk actions">
        <span className="bulk-count">{selected.length} selected</span>
        {BULK_LIFECYCLE.map((kind) => {
          const count = partitionForAction(selected, kind).apply.length;
          const reasonId = `${idPrefix}-${kind}`;
          return (
            <span key={kind}>
              <ActionButton write
                type="button"
                className={kind === 'force-stop' ? 'button is-danger' : 'button'}
                disabled={count === 0 || bulk.isPending}
                title={count === 0 ? `None of the selected instances can be ${PAST[kind]}` : undefined}
                aria-describedby={count === 0 ? reasonId : undefined}
                aria-haspopup={BULK_CONFIRMED_ACTIONS.has(kind) ? 'dialog' : undefined}
                onClick={() => ask(kind)}
              >
                {ACTION_LABEL[kind]} ({count})
              </ActionButton>
              <span id={reasonId} hidden>
                None of the selected instances can be {PAST[kind]}
              </span>
            </span>
          );
        })}
        <ActionButton write
          type="button"
          className="button is-danger"
          disabled={deletable === 0 || bulk.isPending}
          title={deletable === 0 ? 'None of the selected instances can be deleted (running or protected)' : undefined}
          aria-describedby={deletable === 0 ? `${idPrefix}-delete` : undefined}
          aria-haspopup="dialog"
          onClick={onDelete}
        >
          Delete… ({deletable})
        </ActionButton>
        <span id={`${idPrefix}-delete`} hidden>
          None of the selected instances can be deleted (running or protected)
        </span>
        <ActionButton write
          type="button"
          className="button"
          aria-haspopup="dialog"
          disabled={bulk.isPending}
          onClick={() => setProfilesFor(selected.map((instance) => instance.name))}
        >
          Profiles…
        </ActionButton>
        <button data-view="" type="button" className="button" onClick={onClear}>
          Clear selection
        </button>
        {progress && (
          <span role="status" className="muted">
            {PENDING_LABEL[progress.kind]} {progress.done} of {progress.total} done
          </span>
        )}
      </div>
      {result && <BulkResultNote result={result} onDismiss={() => setResult(null)} />}
      {profilesFor && <BulkProfileDialog project={project} names={profilesFor} onClose={() => setProfilesFor(null)} />}
      {confirming && (
        <LifecycleConfirmDialog
          action={confirming.kind}
          names={confirming.names}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            run(confirming.kind, confirming.names, confirming.skipped);
          }}
        />
      )}
    </>
  );
}

const PAST: Record<LifecycleAction, string> = {
  start: 'started',
  stop: 'stopped',
  'force-stop': 'stopped',
  restart: 'restarted',
  freeze: 'frozen',
  unfreeze: 'unfrozen',
};
