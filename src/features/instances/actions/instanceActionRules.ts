import type { InstanceMutationKind, LifecycleAction } from '@/api/instances/mutations';
import type { LxdInstance } from '@/lxd';

/**
 * Why an action cannot apply to an instance right now. Keys, not sentences, so a table can
 * render each explanation once and point every disabled button at it (aria-describedby).
 */
export type BlockReason =
  | 'read-only'
  | 'busy'
  | 'already-active'
  | 'not-running'
  | 'not-frozen'
  | 'delete-active'
  | 'protected'
  | 'rename-active'
  | 'publish-active';

export const REASON_TEXT: Record<BlockReason, string> = {
  'read-only': 'read-only mode',
  busy: 'Another action on this instance is in progress',
  'already-active': 'The instance is already running (or frozen)',
  'not-running': 'The instance is not running',
  'not-frozen': 'Only a frozen instance can be unfrozen',
  'delete-active': 'Stop the instance before deleting it',
  protected: 'Protected from deletion (security.protection.delete)',
  'rename-active': 'Stop the instance before renaming it',
  'publish-active': 'Stop the instance before publishing it (LXD cannot export a running instance)',
};

export type InstanceActionKind = InstanceMutationKind;

const ACTIVE = new Set(['Running', 'Frozen', 'Starting', 'Stopping', 'Freezing', 'Thawed', 'Aborting', 'Ready']);

/** LXD's shared.IsTrue: the values it reads as "true" in a config key. */
export function isTrue(value: string | undefined): boolean {
  return !!value && ['1', 'on', 'yes', 'true'].includes(value.trim().toLowerCase());
}

/** Protection may come from a profile, so the expanded config decides when LXD sent it. */
export function isDeleteProtected(instance: LxdInstance): boolean {
  return isTrue((instance.expanded_config ?? instance.config)['security.protection.delete']);
}

export function isActive(instance: LxdInstance): boolean {
  return ACTIVE.has(instance.status);
}

/**
 * undefined when the action applies; otherwise why not. `pending` is an action already under way;
 * in read-only mode (`readOnly`) every action is off.
 */
export function blockReason(
  instance: LxdInstance,
  action: InstanceActionKind,
  pending?: InstanceMutationKind,
  readOnly = false,
): BlockReason | undefined {
  if (readOnly) return 'read-only';
  // A forced stop is exactly what is wanted while a graceful stop hangs.
  if (pending && !(action === 'force-stop' && (pending === 'stop' || pending === 'restart'))) return 'busy';
  const status = instance.status;
  switch (action) {
    case 'start':
      return status === 'Stopped' || status === 'Error' ? undefined : 'already-active';
    case 'stop':
    case 'force-stop':
      return status === 'Stopped' ? 'not-running' : undefined;
    case 'restart':
    case 'freeze':
      return status === 'Running' ? undefined : 'not-running';
    case 'unfreeze':
      return status === 'Frozen' ? undefined : 'not-frozen';
    case 'delete':
      if (isDeleteProtected(instance)) return 'protected';
      return isActive(instance) ? 'delete-active' : undefined;
    case 'rename':
      return isActive(instance) ? 'rename-active' : undefined;
    case 'publish':
      return isActive(instance) ? 'publish-active' : undefined;
    case 'copy':
      return undefined;
  }
}

export const ACTION_LABEL: Record<InstanceActionKind, string> = {
  start: 'Start',
  stop: 'Stop',
  'force-stop': 'Force stop',
  restart: 'Restart',
  freeze: 'Freeze',
  unfreeze: 'Unfreeze',
  delete: 'Delete',
  rename: 'Rename',
  copy: 'Copy',
  publish: 'Publish',
};

/** What a row's status cell says while an action runs. */
export const PENDING_LABEL: Record<InstanceMutationKind, string> = {
  start: 'Starting…',
  stop: 'Stopping…',
  'force-stop': 'Stopping…',
  restart: 'Restarting…',
  freeze: 'Freezing…',
  unfreeze: 'Unfreezing…',
  delete: 'Deleting…',
  rename: 'Renaming…',
  copy: 'Copying…',
  publish: 'Publishing…',
};

/** The stop button turns into "Force stop" while a graceful stop hangs or after it failed. */
export function stopAction(pending: InstanceMutationKind | undefined, stopFailed: string | undefined): LifecycleAction {
  return pending === 'stop' || pending === 'restart' || stopFailed ? 'force-stop' : 'stop';
}

/** The freeze slot toggles: Unfreeze for a frozen instance, Freeze otherwise. */
export function freezeAction(instance: LxdInstance): 'freeze' | 'unfreeze' {
  return instance.status === 'Frozen' ? 'unfreeze' : 'freeze';
}

/** Which of `instances` a bulk action applies to, and which it skips (with why). */
export function partitionForAction(
  instances: readonly LxdInstance[],
  action: InstanceActionKind,
): { apply: LxdInstance[]; skip: { instance: LxdInstance; reason: BlockReason }[] } {
  const apply: LxdInstance[] = [];
  const skip: { instance: LxdInstance; reason: BlockReason }[] = [];
  for (const instance of instances) {
    const reason = blockReason(instance, action);
    if (reason) skip.push({ instance, reason });
    else apply.push(instance);
  }
  return { apply, skip };
}
