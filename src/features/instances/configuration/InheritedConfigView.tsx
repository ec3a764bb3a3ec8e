import { FactsTable } from '@/components/FactsTable';
import type { LxdInstance, LxdProfile } from '@/lxd';
import { formatDevice } from '@/lib/config/diff';
import { inheritedConfig } from './inheritedConfig';

/** What the instance gets from its profiles (expanded minus local), read-only. */
export function InheritedConfigView({ instance, profiles }: { instance: LxdInstance; profiles: LxdProfile[] | undefined }) {
  const inherited = inheritedConfig(instance, profiles);
  return (
    <aside className="inherited" aria-labelledby="inherited-title">
      <h2 id="inherited-title" className="section-title">
        Inherited from profiles
      </h2>
      <p className="muted">
        Read-only. Profiles apply in order ({instance.profiles.join(', ') || 'none'}); a key set on the instance overrides them.
      </p>
      <FactsTable
        label="Inherited configuration"
        columns={[{ label: 'Key', className: 'cell-mono' }, { label: 'Value', className: 'cell-mono inherited-value' }, { label: 'Profile' }]}
        rows={inherited.config.map((entry) => ({ key: entry.key, cells: [entry.key, entry.value, entry.from ?? '—'] }))}
        empty="No configuration keys come from profiles."
        emptyIn="table"
      />
      <FactsTable
        label="Inherited devices"
        columns={[{ label: 'Device', className: 'cell-mono' }, { label: 'Settings', className: 'cell-mono' }, { label: 'Profile' }]}
        rows={inherited.devices.map((entry) => ({ key: entry.key, cells: [entry.key, formatDevice(entry.value), entry.from ?? '—'] }))}
        empty="No devices come from profiles."
        emptyIn="table"
      />
    </aside>
  );
}
