import type { ListedOperation } from '@/api/operations/operationList';
import { OperationRow } from './OperationRow';

/** Running or finished operations, newest first within what the page was given. */
export function OperationsTable({ label, operations }: { label: string; operations: readonly ListedOperation[] }) {
  return (
    <table className="data-table compact operations-table" aria-label={label}>
      <colgroup>
        <col />
        <col style={{ width: '8rem' }} />
        <col style={{ width: '22%' }} />
        <col style={{ width: '14rem' }} />
        <col style={{ width: '7rem' }} />
        <col style={{ width: '7rem' }} />
        <col style={{ width: '6.5rem' }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Description</th>
          <th scope="col">Project</th>
          <th scope="col">Resources</th>
          <th scope="col">Status</th>
          <th scope="col">Started</th>
          <th scope="col">Updated</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {operations.map((entry) => (
          <OperationRow key={entry.operation.id} entry={entry} />
        ))}
      </tbody>
    </table>
  );
}
