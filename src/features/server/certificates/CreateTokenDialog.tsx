import { useCreateTrustToken } from '@/api/certificates/mutations';
import { CopyButton } from '@/components/CopyButton';
import { errorText } from '@/components/ErrorState';
import { FormDialog } from '@/components/FormDialog';
import { useTrustForm } from './TrustFields';

/**
 * Makes a one-time trust token and shows it once: it lives only in this dialog's state, and is
 * gone when the dialog closes (the pending token stays listed, without its secret, until used).
 */
export function CreateTokenDialog({ onClose }: { onClose: () => void }) {
  const create = useCreateTrustToken();
  const { values, check, fields } = useTrustForm({ name: '', restricted: false, projects: [] }, () => create.reset());
  const token = create.data;

  if (token) {
    return (
      <FormDialog title={`Token for ${values.name}`} submitLabel="" hideSubmit cancelLabel="Close" pending={false} onSubmit={() => undefined} onCancel={onClose}>
        <p>
          <strong>This token is shown only now.</strong> Copy it and hand it over: the browser or client it is for redeems it once, and
          LXD then trusts its certificate as <strong>{values.name}</strong>.
        </p>
        <div className="form-field">
          <label htmlFor="trust-token-value">Trust token</label>
          <textarea id="trust-token-value" className="input trust-token" readOnly rows={4} value={token} spellCheck={false} />
        </div>
        <div className="form-actions">
          <CopyButton text={token} label="Copy the token" />
        </div>
        <p className="muted form-hint">
          In a browser: open this dashboard with the new certificate and paste the token on the setup page. With lxc:{' '}
          <code>lxc remote add &lt;name&gt; &lt;token&gt;</code>.
        </p>
      </FormDialog>
    );
  }

  const submit = () => {
    if (!check()) return;
    create.mutate({ name: values.name.trim(), restricted: values.restricted, projects: values.projects });
  };
  return (
    <FormDialog
      title="Add a client by token"
      submitLabel="Create token"
      pending={create.isPending}
      error={create.error ? `LXD refused: ${errorText(create.error)}` : undefined}
      onSubmit={submit}
      onCancel={onClose}
    >
      {fields({ autoFocus: true, nameHint: 'The name the certificate gets once the token is redeemed.' })}
    </FormDialog>
  );
}
