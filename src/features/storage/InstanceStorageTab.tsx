import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { storagePoolQueries } from '@/api/storage/queries';
import { useAttachVolume, useDetachVolume } from '@/api/storage-volumes/mutations';
import { storageVolumeQueries } from '@/api/storage-volumes/queries';
import { FactsTable } from '@/components/FactsTable';
import { FormDialog, SelectField, TextField } from '@/components/FormDialog';
import { useInstanceRoute } from '@/components/useInstanceRoute';
import { paths } from '@/config/paths';
import { compareText } from '@/lib/format';
import type { LxdDevice } from '@/lxd';
import { customNames } from './volumeRows';
import { ActionButton } from '@/components/reasons';

/** An instance's disks: its root disk and the custom volumes attached to it, which can be detached here. */
export function InstanceStorageTab() {
  const { project, name } = useInstanceRoute();
  const client = useLxdClient();
  const instance = useQuery(instanceQueries.detail(client, project, name)).data?.data;
  const [attaching, setAttaching] = useState(false);
  if (!instance) return null;
  const disks = Object.entries(instance.expanded_devices ?? instance.devices ?? {})
    .filter(([, device]) => device.type === 'disk')
    .sort(([a], [b]) => compareText(a, b));
  return (
    <div className="overview">
      <div className="tab-actions">
        <ActionButton write type="button" className="button button-primary" aria-haspopup="dialog" onClick={() => setAttaching(true)}>
          Attach volume…
        </ActionButton>
      </div>
      <FactsTable
        label={`Disks of ${name}`}
        columns={[{ label: 'Device' }, { label: 'Volume' }, { label: 'Path', className: 'cell-mono' }, { label: 'Action' }]}
        rows={disks.map(([device, disk]) => ({
          key: device,
          cells: [device, <DiskSource key="source" project={project} disk={disk} />, disk.path ?? '—', <DetachButton key="detach" project={project} instance={name} device={device} disk={disk} own={!!instance.devices?.[device]} />],
        }))}
        empty={<p className="muted">No disks.</p>}
      />
      {attaching && <AttachToInstanceDialog project={project} instance={name} onClose={() => setAttaching(false)} />}
    </div>
  );
}

function DiskSource({ project, disk }: { project: string; disk: LxdDevice }) {
  if (disk.pool && disk.source) return <Link to={paths.storageVolume(project, disk.pool, disk.source)}>{`${disk.pool}/${disk.source}`}</Link>;
  if (disk.pool) return <>{`root disk on ${disk.pool}`}</>;
  return <span className="cell-mono">{disk.source ?? '—'}</span>;
}

/** Custom volumes of the instance's own devices can be detached; profile disks and the root disk cannot. */
function DetachButton({ project, instance, device, disk, own }: { project: string; instance: string; device: string; disk: LxdDevice; own: boolean }) {
  const detach = useDetachVolume(project, disk.pool ?? '', disk.source ?? '');
  if (!disk.pool || !disk.source) return null;
  if (!own) return <span className="muted">from a profile</span>;
  return (
    <ActionButton write type="button" className="button" disabled={detach.isPending} aria-label={`Detach ${device}`} onClick={() => detach.mutate(instance)}>
      {detach.isPending ? 'Detaching…' : 'Detach'}
    </ActionButton>
  );
}

function AttachToInstanceDialog({ project, instance, onClose }: { project: string; instance: string; onClose: () => void }) {
  const client = useLxdClient();
  // Names only (the whole lists compute every pool's and volume's users); the chosen volume is read alone.
  const pools = useQuery(storagePoolQueries.names(client, project)).data?.map((pool) => pool.name) ?? [];
  const [pool, setPool] = useState('');
  const chosenPool = pool || pools[0] || '';
  const volumes = customNames(useQuery({ ...storageVolumeQueries.names(client, project, chosenPool), enabled: !!chosenPool }).data ?? [], chosenPool);
  const [volume, setVolume] = useState('');
  const chosen = useQuery({ ...storageVolumeQueries.detail(client, project, chosenPool, 'custom', volume), enabled: !!chosenPool && !!volume }).data?.data;
  const [path, setPath] = useState('');
  const attach = useAttachVolume(project, chosenPool, volume);
  const filesystem = chosen?.content_type !== 'block';
  const reason = !volume ? 'Choose a volume' : !chosen ? `Reading ${volume}…` : filesystem && !path.startsWith('/') ? 'The path must start with /' : undefined;
  return (
    <FormDialog
      title={`Attach a volume to ${instance}`}
      submitLabel="Attach"
      pending={attach.isPending}
      error={attach.error ? `LXD refused: ${attach.error.message}` : undefined}
      submitReason={reason}
      onSubmit={() => attach.mutate({ instance, ...(filesystem ? { path } : {}) }, { onSuccess: onClose })}
      onCancel={onClose}
    >
      <SelectField label="Pool" value={chosenPool} options={pools.map((value) => ({ value, label: value }))} onChange={(value) => { setPool(value); setVolume(''); attach.reset(); }} />
      <SelectField
        label="Volume"
        value={volume}
        options={[{ value: '', label: 'Choose…' }, ...volumes.map((entry) => ({ value: entry, label: entry }))]}
        onChange={(value) => {
          setVolume(value);
          if (!path) setPath(`/mnt/${value}`);
          attach.reset();
        }}
      />
      {filesystem && <TextField label="Path in the instance" value={path} hint="Where the volume is mounted." onChange={(value) => { setPath(value); attach.reset(); }} />}
    </FormDialog>
  );
}
