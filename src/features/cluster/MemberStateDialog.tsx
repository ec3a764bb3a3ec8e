import { useState } from 'react';
import { useMemberState } from '@/api/cluster/mutations';
import { useServerFeatures } from '@/api/server/useServerFeatures';
import { FormDialog } from '@/components/FormDialog';
import { FormField } from '@/components/FormField';
import { evacuationModes, type MemberAction } from './clusterModel';
import { EvacuationProgress } from './EvacuationProgress';

interface MemberStateDialogProps {
  member: string;
  action: MemberAction;
  onClose: () => void;
}

/**
 * Evacuate (the modes the server offers) or restore a member. It stays open while LXD works,
 * showing the operation's progress from events, and closes when it is done.
 */
export function MemberStateDialog({ member, action, onClose }: MemberStateDialogProps) {
  const features = useServerFeatures();
  const modes = evacuationModes(features.has);
  const [mode, setMode] = useState(modes[0]?.value ?? '');
  const run = useMemberState(member);
  const evacuate = action === 'evacuate';
  return (
    <FormDialog
      title={evacuate ? `Evacuate ${member}` : `Restore ${member}`}
      submitLabel={evacuate ? `Evacuate ${member}` : `Restore ${member}`}
      pending={run.isPending}
      error={run.error?.message}
      onSubmit={() => run.mutate({ action, mode: evacuate && mode ? mode : undefined }, { onSuccess: onClose })}
      onCancel={onClose}
    >
      {evacuate ? (
        <p>
          {member} stops taking new instances, and its instances move to other members or stop
          {modes.length === 0 ? ', as each instance’s cluster.evacuate setting says (auto by default: moved, or stopped when they cannot move).' : '.'}
        </p>
      ) : (
        <p>{member} takes instances again, and the instances evacuated from it come back and start.</p>
      )}
      {evacuate && modes.length > 0 && (
        <FormField id="evacuation-mode" label="Mode">
          <select id="evacuation-mode" className="input" value={mode} onChange={(event) => setMode(event.target.value)} disabled={run.isPending}>
            {modes.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </FormField>
      )}
      {run.isPending && <EvacuationProgress />}
    </FormDialog>
  );
}
