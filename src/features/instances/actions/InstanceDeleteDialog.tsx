import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { snapshotQueries } from '@/api/snapshots/queries';
import { DeleteInstancesDialog, type DeleteTarget } from './DeleteInstancesDialog';

interface InstanceDeleteDialogProps {
  project: string;
  name: string;
  onCancel: () => void;
  onDeleted: () => void;
}

/** Deleting one instance from its page: the dialog also names the snapshots that go with it. */
export function InstanceDeleteDialog({ project, name, onCancel, onDeleted }: InstanceDeleteDialogProps) {
  const client = useLxdClient();
  const snapshots = useQuery(snapshotQueries.list(client, project, name)).data;
  const target: DeleteTarget = { name, snapshots: snapshots?.map((snapshot) => snapshot.name) };
  return <DeleteInstancesDialog project={project} targets={[target]} onCancel={onCancel} onDeleted={onDeleted} />;
}
