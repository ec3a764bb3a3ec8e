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
      <table className="data-table compact" aria-label="Inherited configuration">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Value</th>
            <th scope="col">Profile</th>
          </tr>
        </thead>
        <tbody>
          {inherited.config.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">
                No configuration keys come from profiles.
              </td>
            </tr>
          )}
          {inherited.config.map((entry) => (
            <tr key={entry.key}>
              <td className="cell-mono">{entry.key}</td>
              <td className="cell-mono inherited-value">{entry.value}</td>
              <td>{entry.from ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table compact" aria-label="Inherited devices">
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">Settings</th>
            <th scope="col">Profile</th>
          </tr>
        </thead>
        <tbody>
          {inherited.devices.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">
                No devices come from profiles.
              </td>
            </tr>
          )}
          {inherited.devices.map((entry) => (
            <tr key={entry.key}>
              <td className="cell-mono">{entry.key}</td>
              <td className="cell-mono">{formatDevice(entry.value)}</td>
              <td>{entry.from ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}
