const TONES: Record<string, string> = {
  Running: 'ok',
  Ready: 'ok',
  Stopped: 'neutral',
  Frozen: 'info',
  Error: 'bad',
  Starting: 'busy',
  Stopping: 'busy',
  Freezing: 'busy',
  Aborting: 'busy',
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge badge-${TONES[status] ?? 'neutral'}`} data-status={status}>
      {status}
    </span>
  );
}
