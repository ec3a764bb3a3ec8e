import { useState } from 'react';
import { usePublishInstance } from '@/api/instances/mutations';
import { CheckboxField, FormDialog, TextField } from '@/components/FormDialog';

interface PublishDialogProps {
  project: string;
  name: string;
  onClose: () => void;
}

/** Publishes a stopped instance as a local image, optionally with an alias and public. */
export function PublishDialog({ project, name, onClose }: PublishDialogProps) {
  const [alias, setAlias] = useState(name);
  const [isPublic, setPublic] = useState(false);
  const publish = usePublishInstance(project, name);
  const aliasProblem = alias.includes('/') ? 'An alias cannot contain "/"' : undefined;

  return (
    <FormDialog
      title={`Publish ${name} as an image`}
      submitLabel="Publish"
      pending={publish.isPending}
      error={publish.error?.message}
      onCancel={onClose}
      onSubmit={() => {
        if (aliasProblem) return;
        publish.mutate({ alias: alias.trim(), public: isPublic }, { onSuccess: onClose });
      }}
    >
      <TextField
        label="Image alias"
        value={alias}
        autoFocus
        error={aliasProblem}
        hint="Optional. Without an alias the image is known by its fingerprint."
        onChange={(next) => {
          setAlias(next);
          publish.reset();
        }}
      />
      <CheckboxField label="Public (readable by untrusted clients)" checked={isPublic} onChange={setPublic} />
      <p className="muted form-hint">Publishing packs the whole root filesystem; large instances take a while.</p>
    </FormDialog>
  );
}
