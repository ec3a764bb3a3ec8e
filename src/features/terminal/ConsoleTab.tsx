import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useInstanceRoute } from '@/components/useInstanceRoute';
import { readConsoleLog } from '@/lxd/console';
import { openConsoleSession } from '@/lxd/exec';
import { useWriteReason } from '@/components/readOnly';
import { ReadOnlySession } from './ReadOnlySession';
import { StartInstancePrompt } from './StartInstancePrompt';
import { TerminalScreen } from './TerminalScreen';
import type { ConnectStream } from './useTerminalStream';

const encoder = new TextEncoder();

/** The instance's text console: what it wrote so far, then live. */
export function ConsoleTab() {
  const { project, name } = useInstanceRoute();
  const client = useLxdClient();
  const detail = useQuery(instanceQueries.detail(client, project, name));
  const readOnly = useWriteReason();

  if (detail.isPending) return <LoadingState label="Loading…" />;
  if (detail.isError && !detail.data) {
    return <ErrorState title={`Could not load ${name}`} error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const status = detail.data.data.status;
  if (readOnly) return <ReadOnlySession project={project} name={name} kind="console" />;
  if (status !== 'Running') return <StartInstancePrompt project={project} name={name} status={status} what="console" />;

  const connect: ConnectStream = async (handlers, size, signal) => {
    const log = await readConsoleLog(client, project, name, signal);
    if (log) handlers.onData(encoder.encode(log));
    return openConsoleSession(client, { project, instance: name, width: size.cols, height: size.rows, signal }, handlers);
  };
  return (
    <TerminalScreen
      label={`Console of ${name}`}
      kind="console"
      connect={connect}
      sessionKey={`${client.id}/${project}/${name}`}
    />
  );
}
