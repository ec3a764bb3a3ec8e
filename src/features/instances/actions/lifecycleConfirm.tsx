import { STOP_TIMEOUT_SECONDS, type LifecycleAction } from '@/api/instances/mutations';
import { ConfirmDialog } from '@/components/ConfirmDialog';

const WHAT_HAPPENS: Partial<Record<LifecycleAction, string>> = {
  stop: `LXD asks the guest to shut down and gives up after ${STOP_TIMEOUT_SECONDS} s; what runs inside ends.`,
  'force-stop': 'The instance is killed at once, without a clean shutdown; unsaved work inside is lost.',
  restart: 'What runs inside ends and the instance boots again.',
  freeze: 'Every process inside is paused until the instance is unfrozen; connections to it hang meanwhile.',
};

const VERB: Partial<Record<LifecycleAction, string>> = {
  stop: 'Stop',
  'force-stop': 'Force stop',
  restart: 'Restart',
  freeze: 'Freeze',
};

interface LifecycleConfirmDialogProps {
  action: LifecycleAction;
  names: readonly string[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Stop web-01?": what the action does to running instances, before it does it. */
export function LifecycleConfirmDialog({ action, names, onConfirm, onCancel }: LifecycleConfirmDialogProps) {
  const verb = VERB[action] ?? action;
  const what = names.length === 1 ? (names[0] ?? '') : `${names.length} instances`;
  return (
    <ConfirmDialog
      title={`${verb} ${what}?`}
      confirmLabel={names.length === 1 ? verb : `${verb} ${names.length} instances`}
      danger={action === 'force-stop'}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{WHAT_HAPPENS[action]}</p>
      {names.length > 1 && (
        <ul className="delete-list" aria-label={`Instances to ${verb.toLowerCase()}`}>
          {names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      )}
    </ConfirmDialog>
  );
}
