import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { useUpdateInstance } from '@/api/instances/configMutations';
import { instanceQueries } from '@/api/instances/queries';
import { profileQueries } from '@/api/profiles/queries';
import { ConfigEditor, type InheritedValues } from '@/components/config/ConfigEditor';
import { useInstanceRoute } from '@/components/useInstanceRoute';
import type { LxdInstance, LxdProfile } from '@/lxd';
import { InheritedConfigView } from './InheritedConfigView';
import { inheritedConfig } from './inheritedConfig';
import { instanceConfigResource } from './instanceConfig';

/** What the profiles give the keys the instance leaves unset, shown in the form fields. */
function inheritedValues(instance: LxdInstance, profiles: LxdProfile[] | undefined): InheritedValues {
  return Object.fromEntries(
    inheritedConfig(instance, profiles).config.map((entry) => [
      entry.key,
      { value: entry.value, from: entry.from ? `profile ${entry.from}` : undefined },
    ]),
  );
}

export function ConfigurationTab() {
  const { project, name } = useInstanceRoute();
  const client = useLxdClient();
  const detail = useQuery(instanceQueries.detail(client, project, name));
  const profiles = useQuery(profileQueries.list(client, project));
  const save = useUpdateInstance(project, name);
  // The detail page shows loading and errors; this tab renders once the instance is there.
  if (!detail.data) return null;
  return (
    <ConfigEditor
      // Another instance is another draft.
      key={`${project}/${name}`}
      resource={instanceConfigResource}
      name={name}
      latest={detail.data}
      save={save}
      inherited={inheritedValues(detail.data.data, profiles.data)}
      aside={<InheritedConfigView instance={detail.data.data} profiles={profiles.data} />}
    />
  );
}
