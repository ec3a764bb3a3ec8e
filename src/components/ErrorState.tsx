import { isLxdError } from '@/lxd';

interface ErrorStateProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** A failed first load: what failed, LXD's own message, and a way to try again. */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  return (
    <div className="state state-error" role="alert">
      <h2>{title}</h2>
      <p className="state-message">{errorText(error)}</p>
      {isLxdError(error) && error.status > 0 && <p className="muted">HTTP {error.status}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry} data-view="">
          Retry
        </button>
      )}
    </div>
  );
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
