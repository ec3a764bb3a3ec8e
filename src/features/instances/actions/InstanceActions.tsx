import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useInstanceMutationSummaries } from '@/api/instances/mutations';
import { paths } from '@/config/paths';
import type { LxdInstance } from '@/lxd';
import { useInstanceRoute } from '@/components/useInstanceRoute';
import { CopyDialog } from './CopyDialog';
import { DialogActionButton } from './DialogActionButton';
import { InstanceDeleteDialog } from './InstanceDeleteDialog';
import { LifecycleButton } from './LifecycleButton';
import { PENDING_LABEL, freezeAction, stopAction } from './instanceActionRules';
import { PublishDialog } from './PublishDialog';
import { ReasonTexts, useReasonIds } from './ReasonTexts';
import { RenameDialog } from './RenameDialog';
import { STOP_TIMEOUT_SECONDS } from '@/api/instances/mutations';
import './instanceActions.css';

type OpenDialog = 'rename' | 'copy' | 'publish' | 'delete' | null;

/** Lifecycle and management actions for one instance, in the detail page header. */
export function InstanceActions({ instance }: { instance: LxdInstance }) {
  const { project } = useInstanceRoute();
  const navigate = useNavigate();
  const summary = useInstanceMutationSummaries(project).get(instance.name);
  const pending = summary?.pending;
  const reasonId = useReasonIds();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const stop = stopAction(pending, summary?.stopFailed);
  const common = { project, instance, pending, reasonId };
  const close = () => setDialog(null);

  return (
    <div className="instance-actions" role="group" aria-label="Instance actions">
      {pending && (
        <span className="badge badge-busy" role="status">
          {PENDING_LABEL[pending]}
        </span>
      )}
      <LifecycleButton {...common} action="start" />
      <LifecycleButton
        {...common}
        action={stop}
        hint={
          stop === 'force-stop'
            ? summary?.stopFailed
              ? `The graceful stop failed: ${summary.stopFailed}`
              : `Stops at once, without waiting up to ${STOP_TIMEOUT_SECONDS} s for the guest to shut down`
            : `Asks the guest to shut down; gives up after ${STOP_TIMEOUT_SECONDS} s`
        }
      />
      <LifecycleButton {...common} action="restart" />
      <LifecycleButton {...common} action={freezeAction(instance)} />
      <DialogActionButton {...common} action="rename" onOpen={() => setDialog('rename')} />
      <DialogActionButton {...common} action="copy" onOpen={() => setDialog('copy')} />
      <DialogActionButton {...common} action="publish" onOpen={() => setDialog('publish')} />
      <DialogActionButton {...common} action="delete" danger onOpen={() => setDialog('delete')} />
      <ReasonTexts idFor={reasonId} />

      {dialog === 'rename' && (
        <RenameDialog
          project={project}
          name={instance.name}
          onClose={close}
          onRenamed={(newName) => navigate(paths.instance(project, newName), { replace: true })}
        />
      )}
      {dialog === 'copy' && <CopyDialog project={project} instance={instance} onClose={close} />}
      {dialog === 'publish' && <PublishDialog project={project} name={instance.name} onClose={close} />}
      {dialog === 'delete' && (
        <InstanceDeleteDialog
          project={project}
          name={instance.name}
          onCancel={close}
          onDeleted={() => navigate(paths.instances(project), { replace: true })}
        />
      )}
    </div>
  );
}
