import { useState, type ReactNode } from 'react';
import { TextField } from '@/components/FormDialog';
import { RestrictionFields } from './RestrictionFields';
import { trustFormProblems, type TrustFormValues } from './certificateModel';

/**
 * The fields every trust dialog shares (name, access) and their problems, shown once the user
 * tried to submit. `onEdit` runs on every change (to clear LXD's last refusal).
 */
export function useTrustForm(initial: TrustFormValues, onEdit: () => void) {
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const problems = tried ? trustFormProblems(values) : {};
  const change = (next: Partial<TrustFormValues>) => {
    setValues((current) => ({ ...current, ...next }));
    onEdit();
  };
  /** Marks the form tried; whether it may be sent. */
  const check = () => {
    setTried(true);
    return Object.keys(trustFormProblems(values)).length === 0;
  };
  const fields = ({ nameHint, autoFocus, between }: { nameHint?: string; autoFocus?: boolean; between?: ReactNode } = {}) => (
    <>
      <TextField label="Name" value={values.name} autoFocus={autoFocus} hint={nameHint} error={problems.name} onChange={(name) => change({ name })} />
      {between}
      <RestrictionFields restricted={values.restricted} projects={values.projects} error={problems.projects} onChange={change} />
    </>
  );
  return { values, change, check, fields };
}
