import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { useCreateProject } from '@/api/projects/mutations';
import { projectQueries } from '@/api/projects/queries';
import { serverQueries } from '@/api/server/queries';
import { ErrorState } from '@/components/ErrorState';
import { describedBy, FormField } from '@/components/FormField';
import { LeaveGuard } from '@/components/LeaveGuard';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { paths } from '@/config/paths';
import { isLxdError } from '@/lxd';
import {
  buildCreateProjectBody,
  emptyProjectValues,
  fieldForProjectError,
  hasProjectInput,
  validateCreateProject,
  type CreateProjectValues,
  type ProjectFieldErrors,
} from './createProjectForm';
import { FeatureChecks, KeyFields } from './ProjectFormSections';
import { forServer, LIMIT_FIELDS, PROJECT_FEATURES, RESTRICTION_FIELDS } from './projectModel';
import './projects.css';
import { ActionButton } from '@/components/reasons';
import { WriteFieldset } from '@/components/readOnly';

/** The server's extensions decide which features and keys the form offers. */
export function CreateProjectPage() {
  const client = useLxdClient();
  const server = useQuery(serverQueries.info(client));
  const projects = useQuery(projectQueries.list(client));
  if (server.isError && !server.data) {
    return <ErrorState title="Could not read what this server supports" error={server.error} onRetry={() => void server.refetch()} />;
  }
  if (!server.data) return <LoadingState label="Loading what this server supports…" />;
  return <CreateProjectForm extensions={server.data.api_extensions} existing={projects.data?.map((project) => project.name) ?? []} />;
}

interface Refusal {
  message: string;
  field?: string;
  unreachable: boolean;
}

function CreateProjectForm({ extensions, existing }: { extensions: readonly string[]; existing: readonly string[] }) {
  const navigate = useNavigate();
  const create = useCreateProject();
  const offered = useMemo(
    () => ({
      features: forServer(PROJECT_FEATURES, extensions),
      limits: forServer(LIMIT_FIELDS, extensions),
      restrictions: forServer(RESTRICTION_FIELDS, extensions),
    }),
    [extensions],
  );
  // Form state lives here only: refetches and failed requests never touch it.
  const [values, setValues] = useState<CreateProjectValues>(() => emptyProjectValues(offered.features));
  const [checkErrors, setCheckErrors] = useState<ProjectFieldErrors>({});
  const [refusal, setRefusal] = useState<Refusal>();
  const leaving = useRef(false);
  const update = (patch: Partial<CreateProjectValues>) => setValues((current) => ({ ...current, ...patch }));

  const shown = new Set([
    'name',
    'restricted',
    ...offered.features.map((feature) => feature.key),
    ...offered.limits.map((field) => field.key),
    ...(values.restricted ? offered.restrictions.map((field) => field.key) : []),
  ]);
  const refusalField = refusal?.field && shown.has(refusal.field) ? refusal.field : undefined;
  const errors: ProjectFieldErrors = { ...checkErrors, ...(refusal && refusalField ? { [refusalField]: refusal.message } : {}) };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateCreateProject(values, { existing, fields: [...offered.limits, ...offered.restrictions] });
    setCheckErrors(found);
    setRefusal(undefined);
    if (Object.keys(found).length > 0) return;
    const body = buildCreateProjectBody(values, offered.features);
    create.mutate(body, {
      onSuccess: () => {
        leaving.current = true; // the form is done with: no "discard?" question
        void navigate(paths.instances(body.name));
      },
      onError: (error) => {
        const unreachable = isLxdError(error) && error.isUnreachable;
        setRefusal({ message: error.message, unreachable, field: unreachable ? undefined : fieldForProjectError(error.message) });
      },
    });
  };

  return (
    <section className="page" aria-labelledby="create-project-title">
      <PageHeader id="create-project-title" title="Create project" titleContext={['Projects']} breadcrumbs={[{ label: 'Projects', to: paths.projects() }]} />
      <LeaveGuard when={hasProjectInput(values, offered.features)} title="Leave without creating?" confirmLabel="Leave and discard" allow={leaving}>
        <p>Leaving this page discards what you entered for the new project.</p>
      </LeaveGuard>
      <form className="project-form" aria-labelledby="create-project-title" noValidate onSubmit={onSubmit}>
<WriteFieldset>
        <fieldset disabled={create.isPending}>
          <legend className="section-title">Project</legend>
          <FormField id="create-name" label="Name" hint="No spaces, slashes, underscores or quotes." error={errors.name}>
            <input
              id="create-name"
              className="input"
              value={values.name}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy('create-name', true, errors.name)}
              onChange={(event) => update({ name: event.target.value })}
            />
          </FormField>
          <FormField id="create-description" label="Description">
            <textarea id="create-description" className="input" value={values.description} onChange={(event) => update({ description: event.target.value })} />
          </FormField>
        </fieldset>
        <fieldset disabled={create.isPending}>
          <legend className="section-title">Features</legend>
          <p className="muted project-section-note">
            What the project keeps to itself; the rest it shares with the default project. Features can be changed later only while the project is empty.
          </p>
          <FeatureChecks
            features={offered.features}
            values={values.features}
            errors={errors}
            onChange={(key, on) => update({ features: { ...values.features, [key]: on } })}
          />
        </fieldset>
        <fieldset disabled={create.isPending}>
          <legend className="section-title">Limits</legend>
          <KeyFields fields={offered.limits} values={values.limits} errors={errors} onChange={(key, value) => update({ limits: { ...values.limits, [key]: value } })} />
        </fieldset>
        <fieldset disabled={create.isPending}>
          <legend className="section-title">Restrictions</legend>
          <div className="feature-check">
            <label htmlFor="create-restricted">
              <input
                id="create-restricted"
                type="checkbox"
                checked={values.restricted}
                aria-describedby={describedBy('create-restricted', true, errors.restricted)}
                aria-invalid={errors.restricted ? true : undefined}
                onChange={(event) => update({ restricted: event.target.checked })}
              />
              Restrict the project
            </label>
            <span className="form-hint muted" id="create-restricted-hint">
              <code>restricted</code> Blocks security-sensitive features for its instances; the settings below allow some of them back.
            </span>
            {errors.restricted && (
              <p className="field-error" id="create-restricted-error" role="alert">
                {errors.restricted}
              </p>
            )}
          </div>
          {values.restricted && (
            <KeyFields
              fields={offered.restrictions}
              values={values.restrictions}
              errors={errors}
              onChange={(key, value) => update({ restrictions: { ...values.restrictions, [key]: value } })}
            />
          )}
        </fieldset>
</WriteFieldset>
        {refusal && !refusalField && (
          <p className="form-error" role="alert">
            {refusal.unreachable
              ? `The server is unreachable (${refusal.message}). Everything you entered is still here: try again when it is back.`
              : `LXD refused to create the project: ${refusal.message}`}
          </p>
        )}
        <div className="form-actions">
          <ActionButton write type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create project'}
          </ActionButton>
          <Link className="button" to={paths.projects()}>
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
