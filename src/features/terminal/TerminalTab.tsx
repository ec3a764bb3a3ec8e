import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useInstanceRoute } from '@/components/useInstanceRoute';
import { openFirstAvailable } from '@/lxd/exec';
import { SessionSettingsForm } from './SessionSettingsForm';
import { useWriteReason } from '@/components/readOnly';
import { ReadOnlySession } from './ReadOnlySession';
import { StartInstancePrompt } from './StartInstancePrompt';
import { TerminalScreen } from './TerminalScreen';
import { describeSession, loadSettings, saveSettings, sessionRequest, settingsKey, type TerminalSettings } from './terminalSettings';
import type { ConnectStream } from './useTerminalStream';

/** An interactive shell in the instance; leaving the tab ends it. */
export function TerminalTab() {
  const { project, name } = useInstanceRoute();
  const client = useLxdClient();
  const detail = useQuery(instanceQueries.detail(client, project, name));
  const readOnly = useWriteReason();

  if (detail.isPending) return <LoadingState label="Loading…" />;
  if (detail.isError && !detail.data) {
    return <ErrorState title={`Could not load ${name}`} error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const status = detail.data.data.status;
  if (readOnly) return <ReadOnlySession project={project} name={name} kind="shell" />;
  if (status !== 'Running') return <StartInstancePrompt project={project} name={name} status={status} what="terminal" />;
  const storageKey = settingsKey(client.id, project, name);
  return <InstanceShell key={storageKey} storageKey={storageKey} project={project} name={name} />;
}

function InstanceShell({ storageKey, project, name }: { storageKey: string; project: string; name: string }) {
  const client = useLxdClient();
  const [settings, setSettings] = useState(() => loadSettings(localStorage, storageKey));
  // The command that runs (after any fallback), shown beside the status.
  const [running, setRunning] = useState<string[] | null>(null);
  const checked = sessionRequest(settings);
  // Stored settings are checked when saved; anything unreadable falls back to the default shell.
  const request = 'request' in checked ? checked.request : { commands: [['sh', '-l']], environment: {} };

  const connect: ConnectStream = (handlers, size, signal) =>
    openFirstAvailable(
      client,
      { project, instance: name, ...request, width: size.cols, height: size.rows, signal },
      { ...handlers, onCommand: setRunning },
    );
  const apply = (next: TerminalSettings) => {
    saveSettings(localStorage, storageKey, next);
    setSettings(next);
  };

  return (
    <>
      <SessionSettingsForm settings={settings} onApply={apply} />
      <TerminalScreen
        label={`Terminal of ${name}`}
        kind="shell"
        connect={connect}
        sessionKey={JSON.stringify(settings)}
        detail={running ? describeSession(running, request) : undefined}
      />
    </>
  );
}
