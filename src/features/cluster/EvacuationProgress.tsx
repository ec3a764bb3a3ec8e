import { useLxdClient } from '@/api/client-context';
import { useRunningOperations, type OperationProgress } from '@/realtime/operationProgress';

// LXD's descriptions of the member operations; their metadata says which instance is moving.
const MEMBER_OPERATION = /^(Evacuating|Restoring) cluster member/;
const isMemberOperation = (progress: OperationProgress) => MEMBER_OPERATION.test(progress.description);

/** Evacuations and restores under way (started here, in another browser or by `lxc`), live from operation events. */
export function EvacuationProgress() {
  const client = useLxdClient();
  const running = useRunningOperations(client.id, isMemberOperation);
  if (running.length === 0) return null;
  return (
    <ul className="cluster-progress" aria-label="Evacuations and restores under way" aria-live="polite">
      {running.map((operation) => (
        <li key={operation.id}>
          {operation.description}
          {operation.text ? `: ${operation.text}` : '…'}
        </li>
      ))}
    </ul>
  );
}
