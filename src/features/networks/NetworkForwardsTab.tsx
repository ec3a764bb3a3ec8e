import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { useCreateForward, useDeleteForward } from '@/api/networks/mutations';
import { networkQueries } from '@/api/networks/queries';
import { DestroyDialog } from '@/components/DestroyDialog';
import { errorText } from '@/components/ErrorState';
import { FactsTable } from '@/components/FactsTable';
import { TextField } from '@/components/FormDialog';
import { QueryState } from '@/components/QueryState';
import { useInstanceRoute as useObjectRoute } from '@/components/useInstanceRoute';
import { useServerFeatures } from '@/api/server/useServerFeatures';
import { ActionButton } from '@/components/reasons';
import { WriteFieldset } from '@/components/readOnly';

/**
 * Network forwards (`network_forward`): a listen address on the network whose ports lead to
 * instances. LXD needs the bridge to have an address of that family; it says so, and that
 * refusal is shown where the address was typed.
 */
export function NetworkForwardsTab() {
  const { project, name } = useObjectRoute();
  const client = useLxdClient();
  const features = useServerFeatures();
  const supported = features.has('network_forward');
  const forwards = useQuery({ ...networkQueries.forwards(client, project, name), enabled: supported });
  const create = useCreateForward(project, name);
  const remove = useDeleteForward(project, name);
  const [address, setAddress] = useState('');
  const [description, setDescription] = useState('');
  const [deleting, setDeleting] = useState<string>();
  if (!supported) return <p className="muted">This LXD server has no network forwards (API extension network_forward).</p>;

  return (
    <div className="overview">
      <QueryState query={forwards} what="forwards">
        {(rows) => (
          <FactsTable
            label="Forwards"
            columns={[{ label: 'Listen address', className: 'cell-mono' }, { label: 'Ports' }, { label: 'Description' }, { label: 'Actions' }]}
            rows={(rows ?? []).map((forward) => ({
              key: forward.listen_address,
              cells: [
                forward.listen_address,
                forward.ports.length ? forward.ports.map((port) => `${port.protocol} ${port.listen_port} → ${port.target_address}`).join(', ') : 'none (default target only)',
                forward.description || '—',
                <ActionButton write key="delete" type="button" className="button button-danger" aria-haspopup="dialog" onClick={() => setDeleting(forward.listen_address)}>
                  Delete…
                </ActionButton>,
              ],
            }))}
            empty={<p className="muted">No forwards on {name}.</p>}
          />
        )}
      </QueryState>
      <form
        className="create-network"
        noValidate
        aria-labelledby="forward-create-title"
        onSubmit={(event) => {
          event.preventDefault();
          if (address.trim()) create.mutate({ listen_address: address.trim(), description }, { onSuccess: () => setAddress('') });
        }}
      >
<WriteFieldset>
        <h2 id="forward-create-title" className="section-title">
          New forward
        </h2>
        <TextField
          label="Listen address"
          value={address}
          placeholder="198.51.100.10"
          hint="An address in the network's uplink range; the bridge needs an address of the same family."
          error={create.error ? `LXD refused: ${errorText(create.error)}` : undefined}
          onChange={(next) => {
            setAddress(next);
            create.reset();
          }}
        />
        <TextField label="Forward description" value={description} onChange={setDescription} />
        <div className="form-actions">
          <ActionButton write type="submit" className="button button-primary" disabled={create.isPending || !address.trim()}>
            {create.isPending ? 'Creating…' : 'Create forward'}
          </ActionButton>
        </div>
      </WriteFieldset>
</form>
      {deleting && (
        <DestroyDialog
          noun="forward"
          names={[deleting]}
          onConfirm={() => remove.mutateAsync(deleting)}
          onCancel={() => setDeleting(undefined)}
          onDone={() => setDeleting(undefined)}
        />
      )}
    </div>
  );
}
