import type { InstanceMutationKind } from '@/api/instances/mutations';
import type { LxdInstance } from '@/lxd';
import { useWriteReason } from '@/components/readOnly';
import { ACTION_LABEL, REASON_TEXT, blockReason, type InstanceActionKind } from './instanceActionRules';
import type { ReasonIdFor } from './ReasonTexts';

interface DialogActionButtonProps {
  instance: LxdInstance;
  action: Exclude<InstanceActionKind, 'start' | 'stop' | 'force-stop' | 'restart' | 'freeze' | 'unfreeze'>;
  pending?: InstanceMutationKind;
  reasonId: ReasonIdFor;
  danger?: boolean;
  onOpen: () => void;
}

/** Opens the dialog of an action that needs input or confirmation; disabled with the reason. */
export function DialogActionButton({ instance, action, pending, reasonId, danger, onOpen }: DialogActionButtonProps) {
  const reason = blockReason(instance, action, pending, !!useWriteReason());
  return (
    <button
      type="button"
      className={danger ? 'button is-danger' : 'button'}
      disabled={!!reason}
      title={reason ? REASON_TEXT[reason] : undefined}
      aria-describedby={reason ? reasonId(reason) : undefined}
      aria-haspopup="dialog"
      onClick={onOpen}
    >
      {ACTION_LABEL[action]}…
    </button>
  );
}
