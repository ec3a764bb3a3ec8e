import { useState, type ReactNode } from 'react';
import { DestroyDialog } from './DestroyDialog';
import { RenameDialog } from './RenameDialog';

interface Named {
  name: string;
  used_by?: string[] | null;
}

interface ObjectDialogsSpec<T extends Named, K extends string> {
  project: string;
  /** `network`, `network ACL`: names the object in every dialog. */
  noun: string;
  /** LXD's rules for a new name (names taken in the project included); undefined when valid. */
  nameProblem: (name: string) => string | undefined;
  /** Why LXD would refuse a rename of this object, known before asking. */
  renameRefusal?: (object: T) => string | undefined;
  /** Why LXD would refuse to delete this object (in use ...), known before asking. */
  deleteRefusal: (object: T) => string | undefined;
  /** What deleting it also does, shown when it is allowed. */
  deleteConsequences?: ReactNode;
  /** The resource's rename mutation for one object (a hook). */
  useRename: (project: string, name: string) => { mutateAsync: (to: string) => Promise<unknown> };
  /** The resource's delete mutation (a hook). */
  useDelete: (project: string) => { mutateAsync: (name: string) => Promise<unknown> };
  /** The resource's other dialogs, by kind. */
  more?: (kind: K, object: T, close: () => void) => ReactNode;
  onRenamed?: (from: string, to: string) => void;
  onDeleted?: (name: string) => void;
}

/**
 * The rename and delete dialogs (and any others) of a resource's list and page: which is open, and
 * the dialog. A resource declares its noun, its name rules, its refusals and its mutations.
 */
export function useObjectDialogs<T extends Named, K extends string = never>(spec: ObjectDialogsSpec<T, K>) {
  const { project, noun, onRenamed, onDeleted } = spec;
  const [open, setOpen] = useState<{ kind: 'rename' | 'delete' | K; object: T }>();
  const close = () => setOpen(undefined);
  const rename = spec.useRename(project, open?.object.name ?? '');
  const remove = spec.useDelete(project);
  let dialog: ReactNode = null;
  if (open?.kind === 'rename') {
    const from = open.object.name;
    dialog = (
      <RenameDialog
        noun={noun}
        name={from}
        refusal={spec.renameRefusal?.(open.object)}
        validate={spec.nameProblem}
        onRename={(to) => rename.mutateAsync(to)}
        onCancel={close}
        onDone={(to) => {
          close();
          onRenamed?.(from, to);
        }}
      />
    );
  } else if (open?.kind === 'delete') {
    const { object } = open;
    const refusal = spec.deleteRefusal(object);
    dialog = (
      <DestroyDialog
        noun={noun}
        names={[object.name]}
        usedBy={object.used_by}
        project={project}
        refusal={refusal}
        consequences={refusal ? undefined : spec.deleteConsequences}
        onConfirm={() => remove.mutateAsync(object.name)}
        onCancel={close}
        onDone={() => {
          close();
          onDeleted?.(object.name);
        }}
      />
    );
  } else if (open) {
    dialog = spec.more?.(open.kind as K, open.object, close) ?? null;
  }
  return { open: (kind: 'rename' | 'delete' | K, object: T) => setOpen({ kind, object }), dialog };
}
