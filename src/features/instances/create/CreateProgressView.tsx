import { useLxdClient } from '@/api/client-context';
import type { CreateProgress } from '@/api/instances/configMutations';
import { useOperationProgress } from '@/realtime/operationProgress';
import { describeProgress } from './createProgress';

interface CreateProgressViewProps {
  progress: CreateProgress;
  willStart: boolean;
}

/** The steps of a create while it runs, with LXD's progress (from operation events) for the current one. */
export function CreateProgressView({ progress, willStart }: CreateProgressViewProps) {
  const client = useLxdClient();
  const current = useOperationProgress(client.id, progress.operationId);
  const detail = describeProgress(current);
  const steps = [
    { id: 'create', label: 'Create the instance' },
    ...(willStart ? [{ id: 'start', label: 'Start it' }] : []),
  ];
  const currentIndex = steps.findIndex((step) => step.id === progress.step);
  return (
    <div className="create-progress" role="status" aria-live="polite" aria-label="Progress">
      <ol>
        {steps.map((step, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'running' : 'waiting';
          return (
            <li key={step.id} className={`create-step create-step-${state}`}>
              <span className="create-step-label">
                {step.label}
                <span className="muted"> — {state === 'done' ? 'done' : state === 'running' ? 'in progress' : 'waiting'}</span>
              </span>
              {state === 'running' && detail && <span className="create-step-detail">{detail}</span>}
              {state === 'running' && current?.percent !== undefined && (
                <progress max={100} value={current.percent} aria-label={detail ?? step.label} />
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
