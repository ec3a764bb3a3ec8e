import type { ConfigFormField } from '@/components/config/resource';

/** The settings both the create form and the Configuration form offer as fields. */
export type CommonKeyName = 'limits.cpu' | 'limits.memory' | 'boot.autostart' | 'security.nesting';

export const COMMON_KEYS: readonly (ConfigFormField & { key: CommonKeyName })[] = [
  { key: 'limits.cpu', label: 'CPU limit', kind: 'text', placeholder: 'e.g. 2 or 0-3', hint: 'Number of CPUs, or a CPU range/set to pin to.' },
  {
    key: 'limits.memory',
    label: 'Memory limit',
    kind: 'text',
    placeholder: 'e.g. 512MiB or 50%',
    hint: 'Bytes with a unit (kB, MB, MiB, GiB …) or a percentage of the host’s memory.',
  },
  { key: 'boot.autostart', label: 'Start on boot', kind: 'boolean', hint: 'Start the instance when LXD starts.' },
  { key: 'security.nesting', label: 'Allow nesting', kind: 'boolean', hint: 'Lets the instance run containers itself.' },
];

export type CommonValues = Partial<Record<CommonKeyName, string>>;
