import { useId, useState } from 'react';
import { useAddCertificate } from '@/api/certificates/mutations';
import { errorText } from '@/components/ErrorState';
import { FormDialog, SelectField, TextField } from '@/components/FormDialog';
import { formatDate } from '@/lib/format';
import { useTrustForm } from './TrustFields';
import { readPem } from './certificateModel';

const TYPES = [
  { value: 'client', label: 'client: uses the API' },
  { value: 'metrics', label: 'metrics: reads /1.0/metrics only' },
] as const;

/** Trusts a certificate given as a PEM file or pasted text; only the certificate, never a key. */
export function AddCertificateDialog({ onClose }: { onClose: () => void }) {
  const add = useAddCertificate();
  const id = useId();
  const { values, change, check, fields } = useTrustForm({ name: '', restricted: false, projects: [] }, () => add.reset());
  const [type, setType] = useState<'client' | 'metrics'>('client');
  const [pem, setPem] = useState('');
  const [tried, setTried] = useState(false);
  const pemState = readPem(pem);
  const pemProblem = tried || pem ? (pemState.ok ? undefined : pemState.problem) : undefined;

  const usePem = (text: string) => {
    setPem(text);
    add.reset();
    const read = readPem(text);
    // The certificate's common name is a fair default name.
    if (read.ok && read.commonName && !values.name) change({ name: read.commonName });
  };

  const submit = () => {
    setTried(true);
    if (!check() || !pemState.ok) return;
    add.mutate({ name: values.name.trim(), type, pem, restricted: values.restricted, projects: values.projects }, { onSuccess: onClose });
  };

  return (
    <FormDialog
      title="Add a certificate"
      submitLabel="Add certificate"
      pending={add.isPending}
      error={add.error ? `LXD refused: ${errorText(add.error)}` : undefined}
      onSubmit={submit}
      onCancel={onClose}
    >
      <div className="form-field">
        <label htmlFor={`${id}-file`}>Certificate file (.crt, PEM)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".crt,.pem,.cer,application/x-pem-file,application/x-x509-ca-cert"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void file.text().then(usePem);
          }}
        />
      </div>
      <TextField
        label="Or paste it"
        value={pem}
        multiline
        placeholder="-----BEGIN CERTIFICATE-----"
        error={pemProblem}
        hint={pemState.ok ? `Certificate${pemState.commonName ? ` of ${pemState.commonName}` : ''}, valid until ${formatDate(pemState.expiresAt.toISOString())}.` : undefined}
        onChange={usePem}
      />
      {fields({ between: <SelectField label="Type" value={type} options={TYPES} onChange={(next) => setType(next as 'client' | 'metrics')} /> })}
    </FormDialog>
  );
}
