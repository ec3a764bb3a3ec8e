import { useState } from 'react';
import { useCreateGroup, useUpdateGroup } from '@/api/cluster/mutations';
import { FormDialog } from '@/components/FormDialog';
import { FormField } from '@/components/FormField';
import type { LxdClusterGroup } from '@/lxd';

interface GroupDialogProps {
  /** The group to edit, or undefined to create one. */
  group?: LxdClusterGroup;
  /** Every member's name, offered as a checkbox. */
  members: readonly string[];
  onClose: () => void;
}

/** Create a cluster group, or change a group's description and members. LXD's refusal stays beside what was typed. */
export function GroupDialog({ group, members, onClose }: GroupDialogProps) {
  const [name, setName] = useState(group?.name ?? '');
  const [description, setDescription] = useState(group?.description ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(group?.members ?? []));
  const create = useCreateGroup();
  const update = useUpdateGroup(group?.name ?? '');
  const mutation = group ? update : create;
  const nameProblem = !group && !name.trim() ? 'Give the group a name.' : undefined;
  const submit = () => {
    const body = { description, members: members.filter((member) => chosen.has(member)) };
    if (group) update.mutate(body, { onSuccess: onClose });
    else create.mutate({ name: name.trim(), ...body }, { onSuccess: onClose });
  };
  const toggle = (member: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(member);
      else next.delete(member);
      return next;
    });
  return (
    <FormDialog
      title={group ? `Edit cluster group ${group.name}` : 'Create cluster group'}
      submitLabel={group ? 'Save' : 'Create group'}
      pending={mutation.isPending}
      error={mutation.error?.message}
      submitReason={nameProblem}
      onSubmit={submit}
      onCancel={onClose}
    >
      {!group && (
        <FormField id="cluster-group-name" label="Name">
          <input id="cluster-group-name" className="input" value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" />
        </FormField>
      )}
      <FormField id="cluster-group-description" label="Description">
        <input id="cluster-group-description" className="input" value={description} onChange={(event) => setDescription(event.target.value)} />
      </FormField>
      <fieldset className="cluster-group-members">
        <legend>Members</legend>
        {members.map((member) => (
          <label key={member}>
            <input type="checkbox" checked={chosen.has(member)} onChange={(event) => toggle(member, event.target.checked)} /> {member}
          </label>
        ))}
      </fieldset>
    </FormDialog>
  );
}
