import type { BulkKind, BulkOutcome } from '@/api/instances/mutations';
import { bulkSummary } from './bulkSummary';

export interface BulkResult {
  kind: BulkKind;
  outcomes: BulkOutcome[];
  skipped: number;
}

/** What a bulk action did: a count, and every failure with LXD's own message. */
export function BulkResultNote({ result, onDismiss }: { result: BulkResult; onDismiss: () => void }) {
  const failures = result.outcomes.filter((outcome) => outcome.error);
  return (
    <div className={failures.length ? 'bulk-result has-failures' : 'bulk-result'} role={failures.length ? 'alert' : 'status'}>
      <div>
        {bulkSummary(result.kind, result.outcomes.length, failures.length, result.skipped)}
        {failures.length > 0 && (
          <ul aria-label="Failures">
            {failures.map((failure) => (
              <li key={failure.name}>
                <strong>{failure.name}</strong>: {failure.error}
              </li>
            ))}
          </ul>
        )}
      </div>
      <button data-view="" type="button" className="toast-close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
