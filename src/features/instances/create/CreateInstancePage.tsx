import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { useCreateInstance } from '@/api/instances/configMutations';
import { imageQueries } from '@/api/images/queries';
import { networkQueries } from '@/api/networks/queries';
import { profileQueries } from '@/api/profiles/queries';
import { serverFeatures, serverQueries } from '@/api/server/queries';
import { storagePoolQueries } from '@/api/storage/queries';
import { ConfigFields } from '@/components/config/ConfigFields';
import { UnsavedChangesGuard } from '@/components/config/UnsavedChangesGuard';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { showToast } from '@/components/toastStore';
import { DEFAULT_PROJECT, paths } from '@/config/paths';
import { isLxdError } from '@/lxd';
import { COMMON_KEYS } from '../configuration/commonKeys';
import { BasicsFields } from './BasicsFields';
import { TargetField } from './TargetField';
import { CreateProgressView } from './CreateProgressView';
import {
  buildCreateRequest,
  effectiveProfiles,
  emptyFormValues,
  fieldForCreateError,
  hasInput,
  nicFromProfiles,
  prefillFromSearch,
  rootDiskFromProfiles,
  validateCreateForm,
  type FieldErrors,
  type InstanceFormValues,
} from './createForm';
import { DevicesFields } from './DevicesFields';
import { ProfilesPicker } from './ProfilesPicker';
import { RefusalMessage, type Refusal } from './RefusalMessage';
import { UserDataField } from './UserDataField';
import './create.css';
import { ActionButton } from '@/components/reasons';
import { WriteFieldset } from '@/components/readOnly';


export function CreateInstancePage() {
  const project = useParams().project ?? DEFAULT_PROJECT;
  const client = useLxdClient();
  const navigate = useNavigate();
  const images = useQuery(imageQueries.list(client, project));
  const profiles = useQuery(profileQueries.list(client, project));
  const networks = useQuery(networkQueries.list(client, project));
  const pools = useQuery(storagePoolQueries.list(client, project));
  const features = serverFeatures(useQuery(serverQueries.info(client)).data);
  const userDataKey = features?.cloudInit === false ? 'user.user-data' : 'cloud-init.user-data';
  const create = useCreateInstance(project);

  // Form state lives here only: refetches, reconnects and failed requests never touch it.
  const [search] = useSearchParams();
  const [initial] = useState<InstanceFormValues>(() => ({ ...emptyFormValues(), ...prefillFromSearch(search) }));
  const [values, setValues] = useState<InstanceFormValues>(initial);
  const [checkErrors, setCheckErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<Refusal>();
  const [target, setTarget] = useState('');
  const leaving = useRef(false);
  const update = (patch: Partial<InstanceFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const sources = [images, profiles, networks, pools];
  const failed = sources.find((query) => query.isError && !query.data);
  if (failed) {
    return (
      <ErrorState
        title="Could not load what the form needs"
        error={failed.error}
        onRetry={() => sources.forEach((query) => void query.refetch())}
      />
    );
  }
  if (!images.data || !profiles.data || !networks.data || !pools.data) {
    return <LoadingState label="Loading images, profiles, networks and storage pools…" />;
  }

  const chosenProfiles = effectiveProfiles(values, profiles.data);
  const fromProfiles = {
    pool: rootDiskFromProfiles(chosenProfiles, profiles.data)?.device.pool,
    network: nicFromProfiles(chosenProfiles, profiles.data)?.device.network,
  };
  const errors: FieldErrors = { ...checkErrors, ...(refusal?.field ? { [refusal.field]: refusal.message } : {}) };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateCreateForm(values, { profiles: profiles.data });
    setCheckErrors(found);
    setRefusal(undefined);
    if (Object.keys(found).length > 0) return;
    const submitted = values;
    const body = buildCreateRequest(submitted, { profiles: profiles.data, images: images.data, userDataKey });
    create.mutate(
      { body, start: submitted.start, target },
      {
        onSuccess: (result) => {
          if (result.startError) showToast('error', `${result.name} was created but did not start: ${result.startError.message}`);
          leaving.current = true; // the form is done with: no "discard changes?" question
          void navigate(paths.instance(project, result.name));
        },
        onError: (error) => {
          const unreachable = isLxdError(error) && error.isUnreachable;
          setRefusal({
            message: error.message,
            unreachable,
            accepted: unreachable && create.wasAccepted(),
            field: unreachable ? undefined : fieldForCreateError(error.message, submitted, userDataKey),
          });
        },
      },
    );
  };

  return (
    <section className="page create-page" aria-labelledby="create-title">
      <nav className="breadcrumb muted" aria-label="Breadcrumb">
        <Link to={paths.instances(project)}>Instances</Link> / Create
      </nav>
      <header className="page-header">
        <h1 id="create-title">Create instance</h1>
        <span className="muted">project {project}</span>
      </header>
      <UnsavedChangesGuard when={hasInput(values, initial)} what="what you entered for the new instance" allow={leaving} />
      <form className="create-form" aria-labelledby="create-title" noValidate onSubmit={onSubmit}>
<WriteFieldset>
        <fieldset disabled={create.isPending}>
          <legend className="section-title">Instance</legend>
          <BasicsFields values={values} images={images.data} errors={errors} onChange={update} />
          <TargetField value={target} onChange={setTarget} />
        </fieldset>
        <fieldset disabled={create.isPending} aria-describedby="create-profiles-hint">
          <legend className="section-title">Profiles</legend>
          <ProfilesPicker
            available={profiles.data.map((profile) => profile.name)}
            selected={chosenProfiles}
            error={errors.profiles}
            onChange={(next) => update({ profiles: next })}
          />
        </fieldset>
        <fieldset disabled={create.isPending}>
          <legend className="section-title">Settings</legend>
          <ConfigFields
            fields={COMMON_KEYS}
            idPrefix="create"
            values={values.config}
            errors={errors}
            onChange={(key, value) => update({ config: { ...values.config, [key]: value } })}
          />
        </fieldset>
        <fieldset disabled={create.isPending}>
          <legend className="section-title">Devices</legend>
          <DevicesFields
            values={values}
            pools={pools.data}
            networks={networks.data}
            fromProfiles={fromProfiles}
            errors={errors}
            onChange={update}
          />
        </fieldset>
        <fieldset disabled={create.isPending}>
          <legend className="section-title">Cloud-init</legend>
          <UserDataField value={values.userData} configKey={userDataKey} error={errors.userData} onChange={(userData) => update({ userData })} />
        </fieldset>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.start}
            disabled={create.isPending}
            onChange={(event) => update({ start: event.target.checked })}
          />
          Start after creating
        </label>
</WriteFieldset>
        {refusal && !refusal.field && <RefusalMessage refusal={refusal} project={project} />}
        {create.progress && <CreateProgressView progress={create.progress} willStart={values.start} />}
        <div className="form-actions">
          <ActionButton write type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create instance'}
          </ActionButton>
          <Link className="button" to={paths.instances(project)}>
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
