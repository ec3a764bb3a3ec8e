import { useInstanceLifecycle } from '@/api/instances/mutations';
import { ActionButton } from '@/components/reasons';

interface StartInstancePromptProps {
  project: string;
  name: string;
  status: string;
  what: string;
}

/**
 * Shown instead of a terminal while the instance is not running. Starting goes through the
 * usual mutation; the status arrives by the events socket and the tab then attaches by itself.
 */
export function StartInstancePrompt({ project, name, status, what }: StartInstancePromptProps) {
  const start = useInstanceLifecycle(project, name, 'start');
  return (
    <section className="state terminal-start" aria-labelledby="terminal-start-title">
      <h2 id="terminal-start-title">
        {name} is {status.toLowerCase()}
      </h2>
      <p className="muted">The {what} is available while the instance runs.</p>
      <ActionButton write type="button" className="button button-primary" disabled={start.isPending} onClick={() => start.mutate()}>
        {start.isPending ? 'Starting…' : 'Start'}
      </ActionButton>
    </section>
  );
}
