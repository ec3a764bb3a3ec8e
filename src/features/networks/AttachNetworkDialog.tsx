import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { useChangeNic, type NicOwnerKind } from '@/api/networks/mutations';
import { profileQueries } from '@/api/profiles/queries';
import { errorText } from '@/components/ErrorState';
import { FormDialog, TextField } from '@/components/FormDialog';
import { FormField } from '@/components/FormField';
import { compareText } from '@/lib/format';
import type { LxdNetwork } from '@/lxd';
import { freeDeviceName } from './networkModel';

interface AttachNetworkDialogProps {
  project: string;
  network: LxdNetwork;
  onClose: () => void;
}

/** Adds a NIC on this network to an instance or a profile, under a device name the user chooses. */
export function AttachNetworkDialog({ project, network, onClose }: AttachNetworkDialogProps) {
  const client = useLxdClient();
  const id = useId();
  const [kind, setKind] = useState<NicOwnerKind>('instance');
  const [owner, setOwner] = useState('');
  const [device, setDevice] = useState<string>();
  const instances = useQuery(instanceQueries.list(client, project));
  const profiles = useQuery(profileQueries.list(client, project));
  const attach = useChangeNic(project, network.name);
  const owners = (kind === 'instance' ? instances.data : profiles.data) ?? [];
  const names = owners.map((entry) => entry.name).sort(compareText);
  const chosen = owners.find((entry) => entry.name === owner);
  // Until the user types a device name, offer the first free `ethN` of the chosen owner.
  const deviceName = device ?? freeDeviceName(chosen?.devices);
  const taken = chosen?.devices?.[deviceName] ? `${kind} ${owner} already has a device named ${deviceName}` : undefined;
  const deviceProblem = deviceName.trim() === '' ? 'Enter a device name' : taken;

  return (
    <FormDialog
      title={`Attach ${network.name}`}
      submitLabel="Attach"
      className="network-attach-dialog"
      pending={attach.isPending}
      error={attach.error ? `LXD refused: ${errorText(attach.error)}` : undefined}
      submitReason={!owner ? `Choose ${kind === 'instance' ? 'an instance' : 'a profile'}` : deviceProblem}
      onSubmit={() =>
        attach.mutate({ kind, owner, device: deviceName, nic: { type: 'nic', network: network.name } }, { onSuccess: onClose })
      }
      onCancel={onClose}
    >
      <fieldset className="network-type-choice">
        <legend className="form-label">Attach to</legend>
        {(['instance', 'profile'] as const).map((option) => (
          <label key={option} className="form-check">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === option}
              onChange={() => {
                setKind(option);
                setOwner('');
                attach.reset();
              }}
            />
            {option === 'instance' ? 'An instance' : 'A profile'}
          </label>
        ))}
      </fieldset>
      <FormField id={`${id}-owner`} label={kind === 'instance' ? 'Instance' : 'Profile'}>
        <select
          id={`${id}-owner`}
          className="input"
          value={owner}
          onChange={(event) => {
            setOwner(event.target.value);
            attach.reset();
          }}
        >
          <option value="">Choose…</option>
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </FormField>
      <TextField
        label="Device name"
        value={deviceName}
        error={owner ? taken : undefined}
        hint="The NIC's name in the instance or profile, e.g. eth1."
        onChange={(next) => {
          setDevice(next);
          attach.reset();
        }}
      />
    </FormDialog>
  );
}
