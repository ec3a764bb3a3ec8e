import type { ConfigResource } from '@/components/config/ConfigEditor';
import type { LxdClusterMember, LxdClusterMemberPut } from '@/lxd';

/** A member's description and config are edited; its failure domain, roles and groups are sent back as they were. */
export const memberConfigResource: ConfigResource<LxdClusterMember, LxdClusterMemberPut> = {
  noun: 'cluster member',
  fields: ['description', 'config'],
  sections: [
    {
      title: 'Scheduling',
      fields: [
        {
          key: 'scheduler.instance',
          label: 'New instances',
          kind: 'select',
          options: [
            { value: 'all', label: 'all' },
            { value: 'group', label: 'group' },
            { value: 'manual', label: 'manual' },
          ],
          hint: 'all: placed here automatically; group: only when targeted by one of its groups; manual: only when targeted by name.',
        },
      ],
    },
  ],
  toPutBody: (edited, base) => ({
    description: edited.description ?? base.description,
    config: edited.config ?? base.config ?? {},
    failure_domain: base.failure_domain,
    roles: base.roles ?? [],
    groups: base.groups ?? [],
  }),
};
