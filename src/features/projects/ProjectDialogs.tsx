import { useDeleteProject, useRenameProject } from '@/api/projects/mutations';
import { DestroyDialog } from '@/components/DestroyDialog';
import { RenameDialog } from '@/components/RenameDialog';
import { UsedByList } from '@/components/UsedByList';
import type { LxdProject } from '@/lxd';
import { projectChangeRefusal, projectContents, validateProjectName } from './projectModel';

interface DialogProps {
  project: Pick<LxdProject, 'name' | 'used_by'>;
  onCancel: () => void;
}

/** Rename, refused up front for `default` and for a project that is not empty (as LXD would). */
export function ProjectRenameDialog({ project, onCancel, onDone }: DialogProps & { onDone: (to: string) => void }) {
  const rename = useRenameProject();
  return (
    <RenameDialog
      noun="project"
      name={project.name}
      validate={validateProjectName}
      refusal={projectChangeRefusal(project, 'rename')}
      onRename={(to) => rename.mutateAsync({ from: project.name, to })}
      onCancel={onCancel}
      onDone={onDone}
    />
  );
}

/** Delete, refused up front for `default` and for a project that is not empty, naming what is in it. */
export function ProjectDeleteDialog({ project, onCancel, onDone }: DialogProps & { onDone: () => void }) {
  const remove = useDeleteProject();
  const contents = projectContents(project);
  return (
    <DestroyDialog
      noun="project"
      names={[project.name]}
      refusal={projectChangeRefusal(project, 'delete')}
      consequences={
        contents.length > 0 ? (
          <>
            <p>It contains:</p>
            <UsedByList usedBy={contents.map((ref) => ref.url)} project={project.name} label={`What is in project ${project.name}`} />
          </>
        ) : (
          <p>The project is empty{project.used_by?.length ? ' (its own default profile goes with it)' : ''}.</p>
        )
      }
      onConfirm={() => remove.mutateAsync(project.name)}
      onCancel={onCancel}
      onDone={onDone}
    />
  );
}
