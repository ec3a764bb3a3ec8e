import { memo } from 'react';
import { Link } from 'react-router';
import type { InstanceMutationSummary } from '@/api/instances/mutations';
import { StatusBadge } from '@/components/StatusBadge';
import { paths } from '@/config/paths';
import type { LxdClient, LxdInstance } from '@/lxd';
import { ActionIcon } from '../actions/ActionIcon';
import { LifecycleButton } from '../actions/LifecycleButton';
import { PENDING_LABEL, REASON_TEXT, blockReason, freezeAction, stopAction } from '../actions/instanceActionRules';
import type { ReasonIdFor } from '../actions/ReasonTexts';
import { InstanceIpv4Cell } from './InstanceIpv4Cell';
import { formatDate, imageDescription } from './instanceListModel';

interface InstanceRowProps {
  client: LxdClient;
  project: string;
  instance: LxdInstance;
  rowIndex: number;
  selected: boolean;
  summary: InstanceMutationSummary | undefined;
  reasonId: ReasonIdFor;
  onToggle: (name: string) => void;
  onDelete: (instance: LxdInstance) => void;
}

/** One instance: selection, status (or the action under way), facts and the row's actions. */
export const InstanceRow = memo(function InstanceRow({
  client,
  project,
  instance,
  rowIndex,
  selected,
  summary,
  reasonId,
  onToggle,
  onDelete,
}: InstanceRowProps) {
  const name = instance.name;
  const pending = summary?.pending;
  const common = { project, instance, pending, reasonId, compact: true };
  const deleteReason = blockReason(instance, 'delete', pending);
  return (
    <tr aria-rowindex={rowIndex} data-instance={name} className={selected ? 'is-selected' : undefined}>
      <td className="cell-select">
        <input type="checkbox" checked={selected} onChange={() => onToggle(name)} aria-label={`Select ${name}`} />
      </td>
      <td className="cell-name">
        <Link to={paths.instance(instance.project || project, name)}>{name}</Link>
      </td>
      <td>
        {pending ? (
          <span className="badge badge-busy" data-pending={pending}>
            {PENDING_LABEL[pending]}
          </span>
        ) : (
          <StatusBadge status={instance.status} />
        )}
      </td>
      <td>{instance.type === 'virtual-machine' ? 'VM' : 'Container'}</td>
      <td className="cell-mono">
        <InstanceIpv4Cell client={client} instance={instance} />
      </td>
      <td className="cell-ellipsis">{imageDescription(instance) || <span className="muted">—</span>}</td>
      <td>{formatDate(instance.created_at)}</td>
      <td className="cell-actions">
        <div className="row-actions">
        <LifecycleButton {...common} action="start" />
        <LifecycleButton
          {...common}
          action={stopAction(pending, summary?.stopFailed)}
          hint={summary?.stopFailed ? `Force stop (the graceful stop failed: ${summary.stopFailed})` : undefined}
        />
        <LifecycleButton {...common} action="restart" />
        <LifecycleButton {...common} action={freezeAction(instance)} />
        <button
          type="button"
          className="button icon-button is-danger"
          disabled={!!deleteReason}
          title={deleteReason ? REASON_TEXT[deleteReason] : 'Delete'}
          aria-label={`Delete ${name}`}
          aria-describedby={deleteReason ? reasonId(deleteReason) : undefined}
          aria-haspopup="dialog"
          onClick={() => onDelete(instance)}
        >
          <ActionIcon action="delete" />
        </button>
        </div>
      </td>
    </tr>
  );
});
