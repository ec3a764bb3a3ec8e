import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { profileQueries } from '@/api/profiles/queries';
import { UsedByList } from '@/components/UsedByList';
import { compareText } from '@/lib/format';
import type { LxdDevice } from '@/lxd';
import { useProfileRoute } from './useProfileRoute';
import './profiles.css';

/** What the profile gives its instances: description, config keys, devices, and who uses it. */
export function ProfileOverviewTab() {
  const { project, name } = useProfileRoute();
  const client = useLxdClient();
  const profile = useQuery(profileQueries.detail(client, project, name)).data?.data;
  if (!profile) return null;
  const config = Object.entries(profile.config ?? {}).sort(([a], [b]) => compareText(a, b));
  const devices = Object.entries(profile.devices ?? {}).sort(([a], [b]) => compareText(a, b));

  return (
    <div className="overview">
      <section aria-labelledby="profile-description-title">
        <h2 id="profile-description-title" className="section-title">
          Description
        </h2>
        {/* Text, never markup: React escapes it. */}
        {profile.description ? <p className="profile-description">{profile.description}</p> : <p className="muted">No description.</p>}
      </section>
      <section aria-labelledby="profile-config-title">
        <h2 id="profile-config-title" className="section-title">
          Configuration
        </h2>
        {config.length === 0 ? (
          <p className="muted">No configuration keys.</p>
        ) : (
          <table className="data-table compact profile-facts-table" aria-label="Configuration keys">
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {config.map(([key, value]) => (
                <tr key={key}>
                  <td className="cell-mono">{key}</td>
                  <td className="cell-mono">{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="profile-devices-title">
        <h2 id="profile-devices-title" className="section-title">
          Devices
        </h2>
        {devices.length === 0 ? (
          <p className="muted">No devices.</p>
        ) : (
          <table className="data-table compact profile-facts-table" aria-label="Devices">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Settings</th>
              </tr>
            </thead>
            <tbody>
              {devices.map(([device, settings]) => (
                <tr key={device}>
                  <td>{device}</td>
                  <td>{settings.type}</td>
                  <td className="cell-mono">{deviceSettings(settings)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="profile-used-by-title">
        <h2 id="profile-used-by-title" className="section-title">
          Used by
        </h2>
        <UsedByList usedBy={profile.used_by} project={project} label={`What uses profile ${profile.name}`} none="Nothing uses this profile." />
      </section>
    </div>
  );
}

function deviceSettings(device: LxdDevice): string {
  return (
    Object.entries(device)
      .filter(([key]) => key !== 'type')
      .sort(([a], [b]) => compareText(a, b))
      .map(([key, value]) => `${key}=${value}`)
      .join(', ') || '—'
  );
}
