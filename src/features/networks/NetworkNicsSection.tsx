import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { useChangeNic } from '@/api/networks/mutations';
import { profileQueries } from '@/api/profiles/queries';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { errorText } from '@/components/ErrorState';
import { FactsTable } from '@/components/FactsTable';
import { OverviewSection } from '@/components/OverviewSection';
import { paths } from '@/config/paths';
import type { LxdNetwork } from '@/lxd';
import { AttachNetworkDialog } from './AttachNetworkDialog';
import { nicsOnNetwork, type NetworkNic } from './networkModel';
import { ActionButton } from '@/components/reasons';

/** The NIC devices on this network (instances' and profiles' own), each with Detach; Attach adds one. */
export function NetworkNicsSection({ project, network: object }: { project: string; network: LxdNetwork }) {
  const network = object.name;
  const client = useLxdClient();
  const instances = useQuery(instanceQueries.list(client, project));
  const profiles = useQuery(profileQueries.list(client, project));
  const change = useChangeNic(project, network);
  const [detaching, setDetaching] = useState<NetworkNic>();
  const [attaching, setAttaching] = useState(false);
  const nics = nicsOnNetwork(network, instances.data, profiles.data);
  const ownerLink = (nic: NetworkNic) =>
    nic.kind === 'instance' ? paths.instance(project, nic.owner) : paths.profile(project, nic.owner);

  return (
    <OverviewSection title="Network interfaces on it">
      <FactsTable
        label={`Interfaces on ${network}`}
        columns={[{ label: 'Owner' }, { label: 'Device', className: 'cell-mono' }, { label: 'Actions' }]}
        rows={nics.map((nic) => ({
          key: `${nic.kind}/${nic.owner}/${nic.device}`,
          cells: [
            <Link key="owner" to={ownerLink(nic)}>{`${nic.kind} ${nic.owner}`}</Link>,
            nic.device,
            <ActionButton write
              key="detach"
              type="button"
              className="button"
              aria-haspopup="dialog"
              aria-label={`Detach ${nic.device} of ${nic.kind} ${nic.owner}`}
              onClick={() => {
                change.reset();
                setDetaching(nic);
              }}
            >
              Detach…
            </ActionButton>,
          ],
        }))}
        empty={<p className="muted">No instance or profile has a network interface on {network}.</p>}
      />
      <p>
        <ActionButton write type="button" className="button" aria-haspopup="dialog" onClick={() => setAttaching(true)}>
          Attach to an instance or profile…
        </ActionButton>
      </p>
      {attaching && <AttachNetworkDialog project={project} network={object} onClose={() => setAttaching(false)} />}
      {detaching && (
        <ConfirmDialog
          title={`Detach ${detaching.device} from ${detaching.kind} ${detaching.owner}?`}
          confirmLabel={change.error ? 'Try again' : 'Detach'}
          danger
          pending={change.isPending}
          onConfirm={() => change.mutate({ ...detaching }, { onSuccess: () => setDetaching(undefined) })}
          onCancel={() => setDetaching(undefined)}
        >
          <p>
            This removes the device <strong>{detaching.device}</strong> from {detaching.kind} <strong>{detaching.owner}</strong>
            {detaching.kind === 'profile' ? ' and from every instance that gets it from that profile' : ''}.
          </p>
          {change.error && (
            <p className="field-error" role="alert">
              {errorText(change.error)}
            </p>
          )}
        </ConfirmDialog>
      )}
    </OverviewSection>
  );
}
