import { useState } from 'react';
import { useRunLifecycle, type InstanceMutationSummary } from '@/api/instances/mutations';
import { RowMenu, type RowMenuItem } from '@/components/RowMenu';
import type { LxdInstance } from '@/lxd';
import { LifecycleButton } from '../actions/LifecycleButton';
import { ACTION_LABEL, REASON_TEXT, blockReason, freezeAction, stopAction, type InstanceActionKind } from '../actions/instanceActionRules';
import { LazyLifecycleConfirmDialog as LifecycleConfirmDialog } from '../actions/lazyDialogs';
import type { ReasonIdFor } from '../actions/ReasonTexts';

/** Actions of a row that open a dialog (or a confirmation) owned by the list page. */
export type RowDialogKind = 'rename' | 'copy' | 'publish' | 'delete' | 'move';

interface InstanceRowActionsProps {
  project: string;
  instance: LxdInstance;
  summary: InstanceMutationSummary | undefined;
  reasonId: ReasonIdFor;
  onOpen: (kind: RowDialogKind, instance: LxdInstance) => void;
  /** On a cluster a stopped instance can move to another member. */
  clustered?: boolean;
}

/**
 * Start and Stop inline (the actions used most, always in reach); restart, freeze, rename, copy,
 * publish and delete in the row's menu, each disabled with its reason when it cannot apply.
 */
export function InstanceRowActions({ project, instance, summary, reasonId, onOpen, clustered }: InstanceRowActionsProps) {
  const pending = summary?.pending;
  const freeze = freezeAction(instance);
  const run = useRunLifecycle(project, instance.name);
  const [confirmRestart, setConfirmRestart] = useState(false);
  const common = { project, instance, pending, reasonId, compact: true };
  const reason = (action: InstanceActionKind) => {
    const blocked = blockReason(instance, action, pending);
    return blocked ? REASON_TEXT[blocked] : undefined;
  };
  const item = (kind: Exclude<RowDialogKind, 'move'>, danger = false): RowMenuItem => ({
    label: `${ACTION_LABEL[kind]}…`,
    ariaLabel: `${ACTION_LABEL[kind]} ${instance.name}`,
    disabledReason: reason(kind),
    danger,
    opensDialog: true,
    onSelect: () => onOpen(kind, instance),
  });
  const items: RowMenuItem[] = [
    {
      label: 'Restart…',
      ariaLabel: `Restart ${instance.name}`,
      disabledReason: reason('restart'),
      opensDialog: true,
      onSelect: () => setConfirmRestart(true),
    },
    {
      label: ACTION_LABEL[freeze],
      ariaLabel: `${ACTION_LABEL[freeze]} ${instance.name}`,
      disabledReason: reason(freeze),
      onSelect: () => run(freeze),
    },
    item('rename'),
    ...(clustered
      ? [
          {
            label: 'Move to another member…',
            ariaLabel: `Move ${instance.name} to another member`,
            disabledReason: instance.status === 'Stopped' ? undefined : 'Stop it first: only a stopped instance moves to another member.',
            opensDialog: true,
            onSelect: () => onOpen('move', instance),
          },
        ]
      : []),
    item('copy'),
    item('publish'),
    item('delete', true),
  ];
  return (
    <>
      <LifecycleButton {...common} action="start" />
      <LifecycleButton
        {...common}
        action={stopAction(pending, summary?.stopFailed)}
        hint={summary?.stopFailed ? `Force stop (the graceful stop failed: ${summary.stopFailed})` : undefined}
      />
      <RowMenu label={`More actions for ${instance.name}`} items={items} />
      {confirmRestart && (
        <LifecycleConfirmDialog
          action="restart"
          names={[instance.name]}
          onCancel={() => setConfirmRestart(false)}
          onConfirm={() => {
            setConfirmRestart(false);
            run('restart');
          }}
        />
      )}
    </>
  );
}
