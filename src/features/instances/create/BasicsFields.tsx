import type { LxdImage } from '@/lxd';
import type { FieldErrors, InstanceFormValues } from './createForm';
import { FormField, describedBy } from '@/components/FormField';
import { ActionButton } from '@/components/reasons';

interface BasicsFieldsProps {
  values: Pick<InstanceFormValues, 'name' | 'description' | 'image' | 'remote'>;
  images: readonly LxdImage[];
  errors: FieldErrors;
  onChange: (patch: Partial<InstanceFormValues>) => void;
}

export function imageLabel(image: LxdImage): string {
  const aliases = (image.aliases ?? []).map((alias) => alias.name).join(', ') || image.fingerprint.slice(0, 12);
  const description = image.properties?.description;
  const type = image.type === 'virtual-machine' ? 'VM' : 'container';
  return `${aliases}${description ? ` — ${description}` : ''} (${type})`;
}

/** Name, description and the local image to create from. */
export function BasicsFields({ values, images, errors, onChange }: BasicsFieldsProps) {
  return (
    <div className="form-grid">
      <FormField id="create-name" label="Name" hint="Letters, digits and hyphens; leave empty to let LXD pick one." error={errors.name}>
        <input
          id="create-name"
          className="input"
          value={values.name}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('create-name', true, errors.name)}
          onChange={(event) => onChange({ name: event.target.value })}
        />
      </FormField>
      <FormField id="create-description" label="Description">
        <input
          id="create-description"
          className="input"
          value={values.description}
          onChange={(event) => onChange({ description: event.target.value })}
        />
      </FormField>
      {values.remote ? (
        <div className="form-field remote-image" role="group" aria-labelledby="create-remote-image-label">
          <span id="create-remote-image-label" className="form-label">
            Image: alias from server
          </span>
          <p className="remote-image-source">
            <code>{values.remote.alias}</code> from <code className="remote-image-server">{values.remote.server}</code> (
            {values.remote.protocol}, {values.remote.type === 'virtual-machine' ? 'virtual machine' : 'container'})
          </p>
          <span className="form-hint muted">LXD downloads this image from the server and keeps it cached for the next instances.</span>
          <ActionButton write type="button" className="button" onClick={() => onChange({ remote: undefined })}>
            Choose a local image instead
          </ActionButton>
        </div>
      ) : (
        <FormField
          id="create-image"
          label="Image"
          hint={images.length === 0 ? 'This server has no local images: import one first (lxc image import).' : 'Images stored on this server.'}
          error={errors.image}
        >
          <select
            id="create-image"
            className="input"
            value={values.image}
            aria-invalid={errors.image ? true : undefined}
            aria-describedby={describedBy('create-image', true, errors.image)}
            onChange={(event) => onChange({ image: event.target.value })}
          >
            <option value="">Choose an image…</option>
            {images.map((image) => (
              <option key={image.fingerprint} value={image.fingerprint}>
                {imageLabel(image)}
              </option>
            ))}
          </select>
        </FormField>
      )}
    </div>
  );
}
