import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { useUpdateServer } from '@/api/server/mutations';
import { serverQueries } from '@/api/server/queries';
import { ConfigEditor } from '@/components/config/ConfigEditor';
import { describedBy, FormField } from '@/components/FormField';
import { QueryState } from '@/components/QueryState';
import type { LxdServer, LxdSyncResult } from '@/lxd';
import { AddSettingField } from './AddSettingField';
import { LXD_5_0_SERVER_KEYS } from './serverConfigKeys';
import { keysFromMetadata, serverConfigResource, serverConfigSections, serverDefaults, type ServerConfigKey } from './serverConfigModel';
import './serverSettings.css';

/**
 * The server's config through the shared editor (form per namespace + YAML, If-Match). Key
 * descriptions come from the server where it has `metadata_configuration`, else from LXD 5.0's
 * table. On a cluster a member is picked, since some keys are per member.
 */
export function ServerSettingsTab() {
  const client = useLxdClient();
  const info = useQuery(serverQueries.info(client)).data;
  const clustered = !!info?.environment?.server_clustered;
  const hasMetadata = !!info?.api_extensions.includes('metadata_configuration');
  const [member, setMember] = useState<string>();
  const members = useQuery({ ...serverQueries.memberNames(client), enabled: clustered });
  const metadata = useQuery({ ...serverQueries.configMetadata(client), enabled: hasMetadata });
  const fromServer = keysFromMetadata(metadata.data);
  const known = fromServer ?? LXD_5_0_SERVER_KEYS;
  const detail = useQuery(serverQueries.detail(client, clustered ? member : undefined));

  return (
    <div className="server-settings">
      <p className="muted">
        {fromServer
          ? 'Descriptions of the keys come from this server.'
          : hasMetadata && metadata.isPending
            ? 'Reading the descriptions of the keys from this server…'
            : 'Descriptions of the keys are LXD 5.0’s: this server does not describe its keys (no metadata_configuration).'}
      </p>
      {clustered && (
        <div className="server-member-picker">
          <FormField id="server-settings-member" label="Cluster member" hint="Keys marked as set per member are read and saved for this member.">
            <select
              id="server-settings-member"
              className="input"
              value={member ?? ''}
              aria-describedby={describedBy('server-settings-member', true, undefined)}
              onChange={(event) => setMember(event.target.value || undefined)}
            >
              <option value="">The member answering</option>
              {(members.data ?? []).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </FormField>
        </div>
      )}
      <QueryState query={detail} what="the server configuration">
        {(result) => <ServerSettingsEditor key={member ?? ''} member={clustered ? member : undefined} clustered={clustered} result={result} known={known} />}
      </QueryState>
    </div>
  );
}

interface ServerSettingsEditorProps {
  member?: string;
  clustered: boolean;
  result: LxdSyncResult<LxdServer>;
  known: readonly ServerConfigKey[];
}

function ServerSettingsEditor({ member, clustered, result, known }: ServerSettingsEditorProps) {
  const save = useUpdateServer(member);
  const [added, setAdded] = useState<string[]>([]);
  const shown = [...Object.keys(result.data.config ?? {}), ...added];
  const shownKey = [...new Set(shown)].sort().join(',');
  // One declaration per set of keys shown: the editor keys its parsing on the resource's identity.
  const resource = useMemo(
    () => serverConfigResource(serverConfigSections(shownKey ? shownKey.split(',') : [], known, clustered)),
    [shownKey, known, clustered],
  );
  const inherited = useMemo(() => serverDefaults(known), [known]);
  return (
    <ConfigEditor
      resource={resource}
      name={member ?? 'the server'}
      latest={result}
      save={save}
      inherited={inherited}
      formFooter={<AddSettingField shown={shown} known={known} onAdd={(key) => setAdded((keys) => [...keys, key])} />}
    />
  );
}
