import { useState } from 'react';
import { useCopyInstance } from '@/api/instances/mutations';
import type { LxdInstance } from '@/lxd';
import { CheckboxField, FormDialog, TextField } from '@/components/FormDialog';
import { instanceNameProblem } from './nameCheck';
import { useInstanceNames } from './useInstanceNames';

interface CopyDialogProps {
  project: string;
  instance: LxdInstance;
  onClose: () => void;
}

/** A copy on the same server and project, with or without the snapshots. */
export function CopyDialog({ project, instance, onClose }: CopyDialogProps) {
  const names = useInstanceNames(project);
  const [value, setValue] = useState(() => suggestName(instance.name, names));
  const [withSnapshots, setWithSnapshots] = useState(true);
  const [touched, setTouched] = useState(false);
  const copy = useCopyInstance(project, instance);
  const problem = instanceNameProblem(value, names, project);
  const error = copy.error?.message ?? (touched ? problem : undefined);

  return (
    <FormDialog
      title={`Copy ${instance.name}`}
      submitLabel="Copy"
      pending={copy.isPending}
      onCancel={onClose}
      onSubmit={() => {
        setTouched(true);
        if (problem) return;
        copy.mutate({ name: value, withSnapshots }, { onSuccess: onClose });
      }}
    >
      <TextField
        label="Name of the copy"
        value={value}
        autoFocus
        error={error}
        onChange={(next) => {
          setValue(next);
          setTouched(true);
          copy.reset();
        }}
      />
      <CheckboxField label="Copy snapshots too" checked={withSnapshots} onChange={setWithSnapshots} />
      <p className="muted form-hint">The copy is created stopped, with the same profiles, configuration and devices.</p>
    </FormDialog>
  );
}

function suggestName(name: string, taken: ReadonlySet<string>): string {
  const base = `${name.slice(0, 55)}-copy`;
  if (!taken.has(base)) return base;
  for (let n = 2; n < 100; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
  return base;
}
