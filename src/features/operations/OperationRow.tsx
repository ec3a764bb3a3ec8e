import { useId } from 'react';
import { Link } from 'react-router';
import { useCancelOperation } from '@/api/operations/mutations';
import { isFinished, type ListedOperation } from '@/api/operations/operationList';
import { paths } from '@/config/paths';
import { OPERATION_TONE, formatTime, operationResources, progressText } from './operationModel';
import { ActionButton } from '@/components/reasons';

export function OperationRow({ entry }: { entry: ListedOperation }) {
  const { operation, project } = entry;
  const cancel = useCancelOperation();
  const reasonId = useId();
  const finished = isFinished(operation);
  const progress = finished ? undefined : progressText(operation);
  const resources = operationResources(operation);
  const cannotCancel = !operation.may_cancel;

  return (
    <tr data-operation={operation.id} data-status={operation.status}>
      <td className="cell-ellipsis" title={`${operation.description} (${operation.class}, ${operation.id})`}>
        {operation.description}
        {operation.status === 'Failure' && operation.err && (
          <div className="operation-error">{operation.err}</div>
        )}
      </td>
      <td>{project ?? <span className="muted">server</span>}</td>
      <td className="cell-ellipsis">
        {resources.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          resources.map((resource, index) => (
            <span key={`${resource.kind}/${resource.name}`}>
              {index > 0 && ', '}
              {resource.kind === 'instances' ? (
                <Link to={paths.instance(resource.project ?? project ?? 'default', resource.name)}>{resource.name}</Link>
              ) : (
                <span title={`${resource.kind}: ${resource.name}`}>
                  {resource.kind.replace(/s$/, '')} {resource.name.slice(0, 12)}
                </span>
              )}
            </span>
          ))
        )}
      </td>
      <td>
        <span className={`badge badge-${OPERATION_TONE[operation.status] ?? 'neutral'}`}>{operation.status}</span>
        {progress && <span className="muted operation-progress"> {progress}</span>}
      </td>
      <td>{formatTime(operation.created_at)}</td>
      <td>{formatTime(operation.updated_at)}</td>
      <td>
        {!finished && (
          <>
            <ActionButton write
              type="button"
              className="button"
              disabled={cannotCancel || cancel.isPending || operation.status === 'Cancelling'}
              title={cannotCancel ? 'LXD cannot cancel this operation' : undefined}
              aria-describedby={cannotCancel ? reasonId : undefined}
              aria-label={`Cancel operation: ${operation.description}`}
              onClick={() => cancel.mutate({ id: operation.id, project })}
            >
              {cancel.isPending ? 'Cancelling…' : 'Cancel'}
            </ActionButton>
            <span id={reasonId} hidden>
              LXD cannot cancel this operation
            </span>
          </>
        )}
      </td>
    </tr>
  );
}
