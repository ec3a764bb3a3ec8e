import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { profileQueries } from '@/api/profiles/queries';
import { FactsTable } from '@/components/FactsTable';
import { ConfigKeysTable, DescriptionSection, OverviewSection } from '@/components/OverviewSection';
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
  const devices = Object.entries(profile.devices ?? {}).sort(([a], [b]) => compareText(a, b));

  return (
    <div className="overview">
      <DescriptionSection id="profile-description-title" description={profile.description} />
      <OverviewSection id="profile-config-title" title="Configuration">
        <ConfigKeysTable config={profile.config} className="profile-facts-table" />
      </OverviewSection>
      <section aria-labelledby="profile-devices-title">
        <h2 id="profile-devices-title" className="section-title">
          Devices
        </h2>
        <FactsTable
          label="Devices"
          className="profile-facts-table"
          columns={[{ label: 'Name' }, { label: 'Type' }, { label: 'Settings', className: 'cell-mono' }]}
          rows={devices.map(([device, settings]) => ({ key: device, cells: [device, settings.type, deviceSettings(settings)] }))}
          empty={<p className="muted">No devices.</p>}
        />
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
