import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { useAssignNetworkAcl } from '@/api/network-acls/mutations';
import { networkQueries } from '@/api/networks/queries';
import { errorText } from '@/components/ErrorState';
import { FormDialog } from '@/components/FormDialog';
import { FormField } from '@/components/FormField';
import { compareText } from '@/lib/format';

interface AssignAclDialogProps {
  project: string;
  acl: string;
  onClose: () => void;
}

type Kind = 'network' | 'nic';

/**
 * Adds the ACL to a managed network's `security.acls`, or to one NIC of an instance. LXD decides
 * which network types and NICs take ACLs (LXD 5.0: bridges and OVN networks; NICs on OVN only);
 * its refusal is shown here with the choice kept.
 */
export function AssignAclDialog({ project, acl, onClose }: AssignAclDialogProps) {
  const client = useLxdClient();
  const id = useId();
  const [kind, setKind] = useState<Kind>('network');
  const [network, setNetwork] = useState('');
  const [instance, setInstance] = useState('');
  const [device, setDevice] = useState('');
  const networks = useQuery(networkQueries.list(client, project));
  const instances = useQuery(instanceQueries.list(client, project));
  const assign = useAssignNetworkAcl(project, acl);
  const managed = (networks.data ?? []).filter((entry) => entry.managed).map((entry) => entry.name).sort(compareText);
  const chosen = instances.data?.find((entry) => entry.name === instance);
  const nics = Object.entries(chosen?.expanded_devices ?? chosen?.devices ?? {})
    .filter(([, entry]) => entry.type === 'nic')
    .map(([name]) => name)
    .sort(compareText);
  const nic = device || nics[0] || '';
  const reason =
    kind === 'network' ? (network ? undefined : 'Choose a network') : !instance ? 'Choose an instance' : nic ? undefined : `Instance ${instance} has no network interface`;

  return (
    <FormDialog
      title={`Assign network ACL ${acl}`}
      submitLabel="Assign"
      className="network-attach-dialog"
      pending={assign.isPending}
      error={assign.error ? `LXD refused: ${errorText(assign.error)}` : undefined}
      submitReason={reason}
      onSubmit={() =>
        assign.mutate(kind === 'network' ? { kind, network } : { kind, instance, device: nic }, { onSuccess: onClose })
      }
      onCancel={onClose}
    >
      <fieldset className="acl-editor-mode">
        <legend className="form-label">Assign to</legend>
        <label className="form-check">
          <input type="radio" name={`${id}-kind`} checked={kind === 'network'} onChange={() => (setKind('network'), assign.reset())} />
          A network
        </label>
        <label className="form-check">
          <input type="radio" name={`${id}-kind`} checked={kind === 'nic'} onChange={() => (setKind('nic'), assign.reset())} />
          An instance’s network interface
        </label>
      </fieldset>
      {kind === 'network' ? (
        <FormField id={`${id}-network`} label="Network" hint="The ACL is added to its security.acls, after those it has.">
          <select id={`${id}-network`} className="input" value={network} onChange={(event) => (setNetwork(event.target.value), assign.reset())}>
            <option value="">Choose…</option>
            {managed.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </FormField>
      ) : (
        <>
          <FormField id={`${id}-instance`} label="Instance">
            <select
              id={`${id}-instance`}
              className="input"
              value={instance}
              onChange={(event) => {
                setInstance(event.target.value);
                setDevice('');
                assign.reset();
              }}
            >
              <option value="">Choose…</option>
              {(instances.data ?? [])
                .map((entry) => entry.name)
                .sort(compareText)
                .map((name) => (
                  <option key={name}>{name}</option>
                ))}
            </select>
          </FormField>
          <FormField id={`${id}-device`} label="Network interface" hint="A NIC from a profile becomes the instance’s own device with the ACL.">
            <select id={`${id}-device`} className="input" value={nic} disabled={!nics.length} onChange={(event) => (setDevice(event.target.value), assign.reset())}>
              {nics.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </FormField>
        </>
      )}
    </FormDialog>
  );
}
