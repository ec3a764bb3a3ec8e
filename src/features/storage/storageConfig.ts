import type { ConfigFormField, ConfigResource } from '@/components/config/ConfigEditor';
import type { LxdStoragePool, LxdStorageVolume } from '@/lxd';

const YES_NO = 'boolean' as const;

/** The driver's common keys, offered as form fields; everything else is in the YAML. */
const POOL_FIELDS: Record<string, readonly ConfigFormField[]> = {
  dir: [{ key: 'rsync.bwlimit', label: 'rsync bandwidth limit', kind: 'text', placeholder: 'e.g. 50MiB', hint: 'For migrations that copy with rsync.' }],
  btrfs: [
    { key: 'size', label: 'Size', kind: 'text', placeholder: 'e.g. 30GiB', hint: 'Of the loop file; it can only grow.' },
    { key: 'btrfs.mount_options', label: 'Mount options', kind: 'text', placeholder: 'user_subvol_rm_allowed' },
  ],
  lvm: [
    { key: 'size', label: 'Size', kind: 'text', placeholder: 'e.g. 30GiB', hint: 'Of the loop file; it can only grow.' },
    { key: 'lvm.use_thinpool', label: 'Thin pool', kind: YES_NO },
  ],
  zfs: [
    { key: 'size', label: 'Size', kind: 'text', placeholder: 'e.g. 30GiB', hint: 'Of the loop file; it can only grow.' },
    { key: 'zfs.clone_copy', label: 'Copy by clone', kind: YES_NO },
  ],
};

const VOLUME_DEFAULTS: readonly ConfigFormField[] = [
  { key: 'volume.size', label: 'Default volume size', kind: 'text', placeholder: 'e.g. 10GiB', hint: 'For new volumes that do not set their own.' },
];

function poolResource(driver: string): ConfigResource<LxdStoragePool> {
  return {
    noun: 'storage pool',
    fields: ['description', 'config'],
    sections: [
      { title: `${driver} settings`, fields: POOL_FIELDS[driver] ?? [{ key: 'source', label: 'Source', kind: 'text' }] },
      { title: 'New volumes', fields: VOLUME_DEFAULTS },
    ],
  };
}

// One module constant per driver: ConfigEditor keys its parsing by the resource's identity.
const POOL_RESOURCES = new Map<string, ConfigResource<LxdStoragePool>>();
export function poolConfigResource(driver: string): ConfigResource<LxdStoragePool> {
  let resource = POOL_RESOURCES.get(driver);
  if (!resource) {
    resource = poolResource(driver);
    POOL_RESOURCES.set(driver, resource);
  }
  return resource;
}

export const volumeConfigResource: ConfigResource<LxdStorageVolume> = {
  noun: 'volume',
  fields: ['description', 'config'],
  sections: [
    {
      title: 'Volume',
      fields: [
        { key: 'size', label: 'Size', kind: 'text', placeholder: 'e.g. 10GiB', hint: 'Quota of the volume; empty is the pool’s default.' },
        { key: 'snapshots.schedule', label: 'Snapshot schedule', kind: 'text', placeholder: 'e.g. @daily or 0 6 * * *', hint: 'Cron syntax or @hourly, @daily …' },
        { key: 'snapshots.expiry', label: 'Snapshots expire after', kind: 'text', placeholder: 'e.g. 7d', hint: 'For scheduled snapshots: 1M 2H 3d 4w 5m 6y.' },
        { key: 'snapshots.pattern', label: 'Snapshot names', kind: 'text', placeholder: 'snap%d' },
      ],
    },
    {
      title: 'Ownership',
      fields: [
        { key: 'security.shifted', label: 'Shift ownership', kind: YES_NO, hint: 'Let instances with different id maps share the files.' },
        { key: 'security.unmapped', label: 'Unmapped', kind: YES_NO },
      ],
    },
  ],
};
