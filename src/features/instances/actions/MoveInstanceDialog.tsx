import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { useMoveInstance } from '@/api/cluster/mutations';
import { clusterMemberQueries } from '@/api/cluster/queries';
import { FormDialog } from '@/components/FormDialog';
import { FormField } from '@/components/FormField';
import type { LxdInstance } from '@/lxd';

interface MoveInstanceDialogProps {
  project: string;
  instance: LxdInstance;
  onClose: () => void;
}

/** Moves a stopped instance to another cluster member; the confirmation names both members. */
export function MoveInstanceDialog({ project, instance, onClose }: MoveInstanceDialogProps) {
  const client = useLxdClient();
  const members = useQuery(clusterMemberQueries.list(client));
  const others = (members.data ?? []).filter((member) => member.server_name !== instance.location);
  const online = others.filter((member) => member.status === 'Online');
  const [target, setTarget] = useState('');
  const chosen = target || online[0]?.server_name || '';
  const move = useMoveInstance(project);
  const from = instance.location || 'its member';
  return (
    <FormDialog
      title={`Move ${instance.name}`}
      submitLabel={chosen ? `Move to ${chosen}` : 'Move'}
      pending={move.isPending}
      error={move.error?.message ?? (members.isError ? members.error.message : undefined)}
      submitReason={
        instance.status !== 'Stopped'
          ? 'Stop it first: only a stopped instance moves to another member.'
          : !members.data
            ? 'Reading the cluster members…'
            : online.length === 0
              ? 'No other member is online.'
              : undefined
      }
      onSubmit={() => move.mutate({ name: instance.name, target: chosen }, { onSuccess: onClose })}
      onCancel={onClose}
    >
      <p>
        {instance.name} moves from <strong>{from}</strong> to <strong>{chosen || '…'}</strong>, with its root disk and snapshots.
      </p>
      <FormField id="move-target" label="To member">
        <select id="move-target" className="input" value={chosen} onChange={(event) => setTarget(event.target.value)} disabled={move.isPending}>
          {others.map((member) => (
            <option key={member.server_name} value={member.server_name} disabled={member.status !== 'Online'}>
              {member.server_name}
              {member.status !== 'Online' ? ` (${member.status.toLowerCase()})` : ''}
            </option>
          ))}
        </select>
      </FormField>
    </FormDialog>
  );
}
