import type { ConfigResource } from '@/components/config/ConfigEditor';
import type { LxdProfile } from '@/lxd';

const YES_NO = 'boolean' as const;

/** What a profile's YAML edits, and the common keys offered as form fields (editor and create page). */
export const profileConfigResource: ConfigResource<LxdProfile> = {
  noun: 'profile',
  fields: ['description', 'config', 'devices'],
  sections: [
    {
      title: 'Limits',
      fields: [
        { key: 'limits.cpu', label: 'CPU limit', kind: 'text', placeholder: 'e.g. 2 or 0-3', hint: 'Number of CPUs, or which ones (0-3).' },
        { key: 'limits.memory', label: 'Memory limit', kind: 'text', placeholder: 'e.g. 512MiB or 50%', hint: 'Bytes with a unit, or a share of the host.' },
      ],
    },
    {
      title: 'Behaviour',
      fields: [
        { key: 'boot.autostart', label: 'Start on boot', kind: YES_NO, hint: 'Start the instances when LXD starts.' },
        { key: 'security.nesting', label: 'Nesting', kind: YES_NO, hint: 'Allow containers inside the instances.' },
        {
          key: 'security.privileged',
          label: 'Privileged',
          kind: YES_NO,
          hint: 'Run containers without a user namespace: root inside is root on the host.',
        },
      ],
    },
  ],
};
