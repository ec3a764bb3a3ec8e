import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { clusterGroupQueries, clusterMemberQueries } from '@/api/cluster/queries';
import { useClustered } from '@/api/cluster/useClustered';
import { useServerFeatures } from '@/api/server/useServerFeatures';
import { FormField } from '@/components/FormField';

interface TargetFieldProps {
  /** '' lets LXD choose; a member's name; `@<group>` for any member of a group. */
  value: string;
  onChange: (value: string) => void;
}

/** On a cluster, where the new instance goes: a member or a cluster group. Nothing on a standalone server. */
export function TargetField({ value, onChange }: TargetFieldProps) {
  const clustered = useClustered();
  const client = useLxdClient();
  const groupsSupported = useServerFeatures().has('clustering_groups');
  const members = useQuery({ ...clusterMemberQueries.list(client), enabled: clustered });
  const groups = useQuery({ ...clusterGroupQueries.list(client), enabled: clustered && groupsSupported });
  if (!clustered) return null;
  return (
    <FormField id="create-target" label="Location" hint="The cluster member, or any member of a cluster group, that gets the instance.">
      <select id="create-target" className="input" value={value} aria-describedby="create-target-hint" onChange={(event) => onChange(event.target.value)}>
        <option value="">Let LXD choose</option>
        {(members.data ?? []).length > 0 && (
          <optgroup label="Members">
            {(members.data ?? []).map((member) => (
              <option key={member.server_name} value={member.server_name} disabled={member.status !== 'Online'}>
                {member.server_name}
                {member.status !== 'Online' ? ` (${member.status.toLowerCase()})` : ''}
              </option>
            ))}
          </optgroup>
        )}
        {(groups.data ?? []).length > 0 && (
          <optgroup label="Cluster groups">
            {(groups.data ?? []).map((group) => (
              <option key={group.name} value={`@${group.name}`}>
                group {group.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </FormField>
  );
}
