import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { useCreateNetwork } from '@/api/networks/mutations';
import { networkQueries } from '@/api/networks/queries';
import { ConfigFields } from '@/components/config/ConfigFields';
import { TextField } from '@/components/FormDialog';
import { CreateFormPage } from '@/components/CreateFormPage';
import { DEFAULT_PROJECT, paths } from '@/config/paths';
import { configFor, configProblems, createRefusalPlace } from './createNetworkModel';
import { sectionsFor } from './networkConfig';
import { NETWORK_TYPES, networkNameProblem, ovnUplinks, splitManaged } from './networkModel';
import { useServerFeatures } from '@/api/server/useServerFeatures';
import '@/components/config/configEditor.css';
import './networks.css';

/**
 * A new network: name (checked as LXD checks interface names), type, description and the common
 * keys of that type. Switching type keeps what was typed; LXD's refusal is shown where it belongs.
 */
export function CreateNetworkPage() {
  const project = useParams().project ?? DEFAULT_PROJECT;
  const client = useLxdClient();
  const navigate = useNavigate();
  const id = useId();
  const features = useServerFeatures();
  const list = useQuery(networkQueries.list(client, project));
  const create = useCreateNetwork(project);
  const [name, setName] = useState('');
  const [type, setType] = useState<string>('bridge');
  const [description, setDescription] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState(false);
  const leaving = useRef(false);

  const networks = useMemo(() => list.data ?? [], [list.data]);
  const taken = useMemo(() => networks.map((network) => network.name), [networks]);
  const hostInterfaces = useMemo(() => splitManaged(networks).host.map((network) => network.name), [networks]);
  const uplinks = ovnUplinks(networks);
  const ovnReason = !features.ovnConfigured
    ? 'OVN is not set up on this server (network.ovn.northbound_connection is empty).'
    : uplinks.length === 0
      ? 'An OVN network needs an uplink: create a managed physical network or bridge first.'
      : undefined;
  const sections = sectionsFor(type);
  const config = configFor(sections, values);
  const nameProblem = networkNameProblem(name, taken);
  const problems = checked ? configProblems(type, config) : {};
  const refusal = create.error ? { message: create.error.message, ...createRefusalPlace(create.error.message, config) } : undefined;
  const errors = { ...problems, ...(refusal?.at === 'key' ? { [refusal.key]: `LXD refused: ${refusal.message}` } : {}) };
  const nameError = refusal?.at === 'name' ? `LXD refused: ${refusal.message}` : checked || name ? nameProblem : undefined;
  const dirty = name !== '' || description !== '' || Object.keys(config).length > 0;

  const submit = () => {
    setChecked(true);
    if (nameProblem || Object.keys(configProblems(type, config)).length > 0) return;
    create.mutate(
      { name, type, description, config },
      {
        onSuccess: () => {
          leaving.current = true;
          void navigate(paths.network(project, name));
        },
      },
    );
  };

  return (
    <CreateFormPage
      title="Create network"
      parents={[{ label: 'Networks', to: paths.networks(project) }]}
      subtitle={`project ${project}`}
      dirty={dirty}
      what="the network you started"
      leaving={leaving}
      className="create-network"
      submitLabel="Create network"
      pending={create.isPending}
      onSubmit={submit}
    >
      <TextField
        label="Name"
        value={name}
        error={nameError}
        autoFocus
        hint="2 to 15 letters, digits, - _ or . (it becomes a host interface name)."
        onChange={(next) => {
          setName(next);
          create.reset();
        }}
      />
      <fieldset className="network-type-choice" aria-describedby={`${id}-types`}>
        <legend className="form-label">Type</legend>
        {NETWORK_TYPES.map((option) => {
          const reason = option === 'ovn' ? ovnReason : undefined;
          return (
            <label key={option} className="form-check" title={reason}>
              <input
                type="radio"
                name={`${id}-type`}
                value={option}
                checked={type === option}
                disabled={!!reason}
                onChange={() => {
                  setType(option);
                  create.reset();
                }}
              />
              {option}
            </label>
          );
        })}
      </fieldset>
      <p id={`${id}-types`} className="muted form-hint">
        bridge: a bridge LXD manages on this host. macvlan, sriov and physical sit on a host interface
        {hostInterfaces.length ? ` (here: ${hostInterfaces.join(', ')})` : ''}.{ovnReason ? ` ovn: ${ovnReason}` : ''}
      </p>
      <TextField
        label="Description"
        value={description}
        onChange={(next) => {
          setDescription(next);
          create.reset();
        }}
      />
      {sections.map((section, index) => (
        <fieldset key={section.title ?? index} className="config-form-section">
          <legend className="config-form-section-title">{section.title ?? `${type} settings`}</legend>
          <ConfigFields
            idPrefix="create-network"
            fields={section.fields}
            values={values}
            errors={errors}
            onChange={(key, value) => {
              setValues((current) => ({ ...current, [key]: value }));
              create.reset();
            }}
          />
        </fieldset>
      ))}
      {refusal?.at === 'form' && (
        <p className="form-error" role="alert">
          LXD refused: {refusal.message}
        </p>
      )}
    </CreateFormPage>
  );
}
