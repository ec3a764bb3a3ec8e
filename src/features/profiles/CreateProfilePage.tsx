import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { useCreateProfile } from '@/api/profiles/mutations';
import { profileQueries } from '@/api/profiles/queries';
import { ConfigForm } from '@/components/config/ConfigForm';
import { UnsavedChangesGuard } from '@/components/config/UnsavedChangesGuard';
import { YamlSection } from '@/components/config/YamlSection';
import { TextField } from '@/components/FormDialog';
import { PageHeader } from '@/components/PageHeader';
import { paths } from '@/config/paths';
import { editableToYaml, lineOfConfigKey, parseEditableYaml } from '@/lib/config/editable';
import { setConfigValue, setDescription } from '@/lib/config/yamlDraft';
import { refusalPlace } from './createProfileModel';
import { profileConfigResource } from './profileConfig';
import { devicesSummary, profileNameProblem } from './profileModel';
import { useProfileRoute } from './useProfileRoute';
import '@/components/config/configEditor.css';
import './profiles.css';
import { ActionButton } from '@/components/reasons';
import { WriteFieldset } from '@/components/readOnly';

type Mode = 'form' | 'yaml';

const EMPTY_TEXT = editableToYaml({}, profileConfigResource);

/**
 * A new profile: its name, then the common keys as a form or the whole profile as YAML (both edit
 * one draft, so switching loses nothing). LXD's refusal is shown where the user typed.
 */
export function CreateProfilePage() {
  const { project } = useProfileRoute();
  const client = useLxdClient();
  const navigate = useNavigate();
  const list = useQuery(profileQueries.list(client, project));
  const create = useCreateProfile(project);
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [mode, setMode] = useState<Mode>('form');
  const [text, setText] = useState(EMPTY_TEXT);
  const leaving = useRef(false);

  const taken = useMemo(() => (list.data ?? []).map((profile) => profile.name), [list.data]);
  const parsed = useMemo(() => parseEditableYaml(text, profileConfigResource), [text]);
  const nameProblem = profileNameProblem(name, taken);
  const config = parsed.ok ? (parsed.value.config ?? {}) : {};
  const refusal = create.error ? { message: create.error.message, ...refusalPlace(create.error.message, config) } : undefined;
  const refusalLine = refusal?.at === 'key' ? lineOfConfigKey(text, refusal.key) : undefined;
  const nameError = refusal?.at === 'name' ? `LXD refused: ${refusal.message}` : nameTouched ? nameProblem : undefined;
  const problems = parsed.ok ? [] : parsed.problems;
  const dirty = name !== '' || text !== EMPTY_TEXT;

  const edit = (next: string | undefined) => {
    if (next === undefined) return;
    setText(next);
    create.reset();
  };

  const submit = () => {
    setNameTouched(true);
    if (nameProblem) return;
    if (!parsed.ok) {
      setMode('yaml');
      return;
    }
    const { description = '', config: values = {}, devices = {} } = parsed.value;
    create.mutate(
      { name, description, config: values, devices },
      {
        onSuccess: () => {
          leaving.current = true;
          void navigate(paths.profile(project, name));
        },
      },
    );
  };

  return (
    <section className="page" aria-labelledby="create-profile-title">
      <UnsavedChangesGuard when={dirty} what="the profile you started" allow={leaving} />
      <PageHeader
        id="create-profile-title"
        title="Create profile"
        titleContext={['Profiles']}
        breadcrumbs={[{ label: 'Profiles', to: paths.profiles(project) }]}
        subtitle={`project ${project}`}
      />
      <form
        className="create-profile"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
<WriteFieldset>
        <TextField
          label="Name"
          value={name}
          error={nameError}
          autoFocus
          hint="Any name without a slash; it must be new in this project."
          onChange={(next) => {
            setName(next);
            setNameTouched(true);
            create.reset();
          }}
        />
        <fieldset className="create-profile-mode">
          <legend className="form-label">Configuration and devices</legend>
          <label className="form-check">
            <input type="radio" name="mode" checked={mode === 'form'} onChange={() => setMode('form')} />
            Form
          </label>
          <label className="form-check">
            <input type="radio" name="mode" checked={mode === 'yaml'} onChange={() => setMode('yaml')} />
            YAML
          </label>
        </fieldset>
        {mode === 'form' ? (
          <>
            <ConfigForm
              idPrefix="create-profile"
              parsed={parsed}
              description
              sections={profileConfigResource.sections}
              errors={refusal?.at === 'key' ? { [refusal.key]: refusal.message } : {}}
              onConfigChange={(key, value) => edit(setConfigValue(text, key, value))}
              onDescriptionChange={(value) => edit(setDescription(text, value))}
            />
            <p className="muted">
              Devices: {(parsed.ok && devicesSummary(parsed.value.devices)) || 'none'}. Add disks and network interfaces in YAML.
            </p>
          </>
        ) : (
          <YamlSection
            idPrefix="create-profile"
            hint="Description, config and devices of the new profile."
            text={text}
            onChange={(next) => edit(next)}
            problems={problems}
            markedLines={[...problems.flatMap((problem) => (problem.line ? [problem.line] : [])), ...(refusalLine ? [refusalLine] : [])]}
            refusal={refusal && refusal.at !== 'name' ? { message: refusal.message, line: refusalLine } : undefined}
          />
        )}
        {mode === 'form' && refusal?.at === 'form' && (
          <p className="form-error" role="alert">
            LXD refused: {refusal.message}
          </p>
        )}
        {mode === 'form' && !parsed.ok && <p className="field-error">The YAML has errors; switch to YAML to fix them.</p>}
</WriteFieldset>
        <div className="form-actions">
          <ActionButton write type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create profile'}
          </ActionButton>
        </div>
      </form>
    </section>
  );
}
