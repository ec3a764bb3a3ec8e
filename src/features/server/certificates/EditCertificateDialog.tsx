import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useUpdateCertificate } from '@/api/certificates/mutations';
import { certificateQueries } from '@/api/certificates/queries';
import type { LxdCertificate } from '@/api/certificates/types';
import { useLxdClient } from '@/api/client-context';
import { errorText } from '@/components/ErrorState';
import { FormDialog } from '@/components/FormDialog';
import { QueryState } from '@/components/QueryState';
import { isLxdError, type LxdSyncResult } from '@/lxd';
import { useTrustForm } from './TrustFields';
import { accessText, type TrustFormValues } from './certificateModel';

interface EditCertificateDialogProps {
  fingerprint: string;
  /** The name shown while the certificate is read. */
  name: string;
  /** Editing the certificate this browser presents: restricting it limits this browser too. */
  thisBrowser: boolean;
  onClose: () => void;
}

/** Reads the certificate with its ETag, then edits name and access (PUT with If-Match). */
export function EditCertificateDialog({ fingerprint, name, thisBrowser, onClose }: EditCertificateDialogProps) {
  const client = useLxdClient();
  const certificate = useQuery(certificateQueries.editable(client, fingerprint));
  if (!certificate.data) {
    return (
      <FormDialog title={`Edit ${name}`} submitLabel="Save" hideSubmit pending={false} onSubmit={() => undefined} onCancel={onClose}>
        <QueryState query={certificate} what="the certificate">
          {() => null}
        </QueryState>
      </FormDialog>
    );
  }
  return <EditForm latest={certificate.data} thisBrowser={thisBrowser} onClose={onClose} />;
}

const valuesOf = (certificate: LxdCertificate): TrustFormValues => ({
  name: certificate.name,
  restricted: certificate.restricted,
  projects: [...(certificate.projects ?? [])].sort(),
});

function EditForm({ latest, thisBrowser, onClose }: { latest: LxdSyncResult<LxdCertificate>; thisBrowser: boolean; onClose: () => void }) {
  const { fingerprint } = latest.data;
  const save = useUpdateCertificate(fingerprint);
  const [started] = useState(latest);
  const conflict = isLxdError(save.error) && save.error.isConflict;
  const { values, check, fields } = useTrustForm(valuesOf(latest.data), () => {
    if (!conflict) save.reset();
  });
  // After a conflict the next save goes over the version that won, which the dialog shows.
  const base = conflict ? latest : started;

  const submit = () => {
    if (!check()) return;
    save.mutate(
      {
        body: { name: values.name.trim(), type: base.data.type, restricted: values.restricted, projects: values.restricted ? values.projects : [] },
        etag: base.etag,
      },
      { onSuccess: onClose },
    );
  };

  return (
    <FormDialog
      title={`Edit ${started.data.name}`}
      submitLabel={conflict ? 'Save over it' : 'Save'}
      pending={save.isPending}
      error={save.error && !conflict ? `LXD refused: ${errorText(save.error)}` : undefined}
      onSubmit={submit}
      onCancel={onClose}
    >
      {conflict && (
        <div className="conflict-note" role="alert">
          <p>
            <strong>This certificate changed on the server since you opened it.</strong> It is now named{' '}
            <strong>{latest.data.name}</strong> with access to {accessText(latest.data)}. Your values are kept below; saving puts them over
            that version.
          </p>
        </div>
      )}
      {thisBrowser && values.restricted && (
        <p className="field-error">This is the certificate this browser uses: restricted, this browser will see only the chosen projects and can no longer manage trust.</p>
      )}
      {fields({ autoFocus: true })}
    </FormDialog>
  );
}
