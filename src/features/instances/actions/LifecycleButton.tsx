import { useState } from 'react';
import { useRunLifecycle, type InstanceMutationKind, type LifecycleAction } from '@/api/instances/mutations';
import type { LxdInstance } from '@/lxd';
import { useWriteReason } from '@/components/readOnly';
import { ActionIcon } from './ActionIcon';
import { ACTION_LABEL, REASON_TEXT, blockReason } from './instanceActionRules';
import { CONFIRMED_ACTIONS } from './confirmedActions';
import { LazyLifecycleConfirmDialog as LifecycleConfirmDialog } from './lazyDialogs';
import type { ReasonIdFor } from './ReasonTexts';

interface LifecycleButtonProps {
  project: string;
  instance: LxdInstance;
  action: LifecycleAction;
  /** The action already running on this instance, if any. */
  pending?: InstanceMutationKind;
  reasonId: ReasonIdFor;
  /** Icon-only, named "<Action> <instance>", for table rows. */
  compact?: boolean;
  /** Tooltip for an enabled button (e.g. why "Force stop" is offered). */
  hint?: string;
}

/**
 * One lifecycle action; disabled, with the reason, when it cannot apply (an action already under
 * way on the instance is `pending`, from the page's mutation summary); asks first when it ends
 * what runs.
 */
export function LifecycleButton({ project, instance, action, pending, reasonId, compact, hint }: LifecycleButtonProps) {
  const run = useRunLifecycle(project, instance.name);
  const [confirming, setConfirming] = useState(false);
  const reason = blockReason(instance, action, pending, !!useWriteReason());
  const label = ACTION_LABEL[action];
  const danger = action === 'force-stop';
  return (
    <>
      <button
        type="button"
        className={`button ${compact ? 'icon-button' : ''} ${danger ? 'is-danger' : ''}`.trim()}
        disabled={!!reason}
        title={reason ? REASON_TEXT[reason] : (hint ?? (compact ? label : undefined))}
        aria-label={compact ? `${label} ${instance.name}` : undefined}
        aria-describedby={reason ? reasonId(reason) : undefined}
        aria-haspopup={CONFIRMED_ACTIONS.has(action) ? 'dialog' : undefined}
        onClick={() => (CONFIRMED_ACTIONS.has(action) ? setConfirming(true) : run(action))}
      >
        {compact ? <ActionIcon action={action} /> : label}
      </button>
      {confirming && (
        <LifecycleConfirmDialog
          action={action}
          names={[instance.name]}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            run(action);
          }}
        />
      )}
    </>
  );
}
