import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { logQueries } from '@/api/logs/queries';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { ReadOnlyNote } from '@/components/readOnly';

/**
 * In read-only mode no terminal or console is opened: an interactive session can change the
 * instance (and LXD starts it with a POST). The console's output so far is only read, so it is shown.
 */
export function ReadOnlySession({ project, name, kind }: { project: string; name: string; kind: 'shell' | 'console' }) {
  if (kind === 'shell') {
    return <ReadOnlyNote>no terminal is opened, since an interactive shell can change the instance.</ReadOnlyNote>;
  }
  return (
    <>
      <ReadOnlyNote>the console is not attached, since typing into it can change the instance. Its output so far:</ReadOnlyNote>
      <ConsoleLog project={project} name={name} />
    </>
  );
}

function ConsoleLog({ project, name }: { project: string; name: string }) {
  const client = useLxdClient();
  const log = useQuery(logQueries.console(client, project, name));
  if (log.isPending) return <LoadingState label="Reading the console…" />;
  if (log.isError) return <ErrorState title="Could not read the console" error={log.error} onRetry={() => void log.refetch()} />;
  return (
    <pre className="read-only-log cell-mono" aria-label={`Console output of ${name}`} tabIndex={0}>
      {log.data || 'The console has written nothing yet.'}
    </pre>
  );
}
