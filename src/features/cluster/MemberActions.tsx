import { RowMenu } from '@/components/RowMenu';
import type { MemberAction } from './clusterModel';

interface MemberActionsProps {
  member: string;
  refusal: (action: MemberAction) => string | undefined;
  onOpen: (action: MemberAction) => void;
}

/** Evacuate and restore, each disabled with its reason when it cannot apply. */
export function MemberActions({ member, refusal, onOpen }: MemberActionsProps) {
  return (
    <RowMenu
      label={`More actions for ${member}`}
      items={(['evacuate', 'restore'] as const).map((action) => ({
        label: action === 'evacuate' ? 'Evacuate…' : 'Restore…',
        ariaLabel: `${action === 'evacuate' ? 'Evacuate' : 'Restore'} ${member}`,
        opensDialog: true,
        disabledReason: refusal(action),
        onSelect: () => onOpen(action),
      }))}
    />
  );
}
