import type { ReactNode, RefObject } from 'react';
import { UnsavedChangesGuard } from './config/UnsavedChangesGuard';
import { PageHeader, type Crumb } from './PageHeader';
import { WriteFieldset } from './readOnly';
import { ActionButton } from './reasons';

interface CreateFormPageProps {
  /** `Create network`: the page's heading and the start of the browser tab's title. */
  title: string;
  /** The list the new object joins (breadcrumbs and title context), e.g. Networks. */
  parents: readonly Crumb[];
  subtitle?: ReactNode;
  /** The form has input worth keeping: leaving asks first, naming `what`. */
  dirty: boolean;
  what: string;
  /** Set to true once created, so the navigation to the new object is not held. */
  leaving: RefObject<boolean>;
  className: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  children: ReactNode;
}

/**
 * A create page: header with breadcrumbs, a leave guard while something is typed, the form (no
 * native validation: fields show their own problems and LXD's refusal) and its submit button.
 */
export function CreateFormPage({ title, parents, subtitle, dirty, what, leaving, className, submitLabel, pending, onSubmit, children }: CreateFormPageProps) {
  const id = `${className}-title`;
  return (
    <section className="page" aria-labelledby={id}>
      <UnsavedChangesGuard when={dirty} what={what} allow={leaving} />
      <PageHeader id={id} title={title} titleContext={parents.slice(-1).map((crumb) => crumb.label)} breadcrumbs={parents} subtitle={subtitle} />
      <form
        className={className}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <WriteFieldset>{children}</WriteFieldset>
        <div className="form-actions">
          <ActionButton write type="submit" className="button button-primary" disabled={pending}>
            {pending ? 'Creating…' : submitLabel}
          </ActionButton>
        </div>
      </form>
    </section>
  );
}
