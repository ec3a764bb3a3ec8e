import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { callerFingerprint, isLimitedClient } from '@/api/certificates/access';
import { useDeleteCertificate } from '@/api/certificates/mutations';
import { certificateQueries } from '@/api/certificates/queries';
import type { LxdServerWithCaller } from '@/api/certificates/types';
import { useLxdClient } from '@/api/client-context';
import { serverQueries } from '@/api/server/queries';
import { DataTable } from '@/components/DataTable';
import { ListEmpty, ListToolbar } from '@/components/ListToolbar';
import { QueryState } from '@/components/QueryState';
import { ActionButton } from '@/components/reasons';
import { RowMenu } from '@/components/RowMenu';
import { showToast } from '@/components/toastStore';
import { useListView, type ListViewSpec } from '@/components/useListView';
import { detectFeatures } from '@/lxd';
import { AddCertificateDialog } from './AddCertificateDialog';
import { CreateTokenDialog } from './CreateTokenDialog';
import { DeleteCertificateDialog } from './DeleteCertificateDialog';
import { EditCertificateDialog } from './EditCertificateDialog';
import { PendingTokens } from './PendingTokens';
import { certificateColumns } from './certificateColumns';
import { certificateRows, thisBrowserFingerprint, type CertificateRow } from './certificateModel';
import './certificates.css';

type Dialog = { kind: 'token' } | { kind: 'upload' } | { kind: 'edit' | 'delete'; row: CertificateRow };

const copyFingerprint = (fingerprint: string) =>
  navigator.clipboard.writeText(fingerprint).then(
    () => showToast('info', 'Fingerprint copied'),
    () => showToast('error', 'The browser did not allow copying the fingerprint'),
  );

/** Who the server trusts: certificates, one-time tokens waiting to be used, and this browser's own. */
export function CertificatesTab() {
  const client = useLxdClient();
  const server = useQuery(serverQueries.info(client)).data as LxdServerWithCaller | undefined;
  const list = useQuery(certificateQueries.list(client));
  // LXD 5.0 does not name the caller; an admin finds it in LXD's request log (see lxd/caller.ts).
  const needsLookup = !!server && !isLimitedClient(server) && !callerFingerprint(server);
  const caller = useQuery({ ...certificateQueries.caller(client), enabled: needsLookup });
  const thisBrowser = server && list.data ? thisBrowserFingerprint(server, list.data, caller.data) : undefined;
  const rows = useMemo(() => certificateRows(list.data ?? [], thisBrowser), [list.data, thisBrowser]);
  const spec = useMemo<ListViewSpec<CertificateRow>>(
    () => ({
      columns: certificateColumns(),
      defaultSort: 'name',
      rowKey: (row) => row.certificate.fingerprint,
      text: (row) => [row.certificate.name, row.certificate.fingerprint, row.commonName, ...(row.certificate.projects ?? [])],
    }),
    [],
  );
  const view = useListView(list.data ? rows : undefined, spec);
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => setDialog(undefined);
  const remove = useDeleteCertificate();
  const features = server ? detectFeatures(server) : undefined;
  const tokenReason = features && !features.certificateToken ? 'This LXD server has no trust tokens (API extension certificate_token).' : undefined;

  return (
    <div className="trust">
      <div className="trust-actions">
        <ActionButton write className="button button-primary" aria-haspopup="dialog" reason={tokenReason} onClick={() => setDialog({ kind: 'token' })}>
          Add by token
        </ActionButton>
        <ActionButton write type="button" className="button" aria-haspopup="dialog" onClick={() => setDialog({ kind: 'upload' })}>
          Add a certificate
        </ActionButton>
      </div>
      <section aria-labelledby="trust-certificates-title">
        <h2 id="trust-certificates-title" className="section-title">
          Trusted certificates
        </h2>
        {needsLookup && caller.isFetching && <p className="muted trust-note">Finding the certificate this browser uses…</p>}
        {list.data && !thisBrowser && !caller.isFetching && (
          <p className="muted trust-note">LXD did not say which certificate this browser uses, so none is marked.</p>
        )}
        <QueryState query={list} what="trusted certificates">
          {(_certificates, stale) => (
            <>
              <ListToolbar view={view} noun="certificates" searches="name, fingerprint or project" />
              <ListEmpty view={view} noun="certificates" empty={<p className="muted">LXD trusts no certificate.</p>} />
              {view.rows.length > 0 && (
                <DataTable
                  label="Trusted certificates"
                  columns={spec.columns}
                  rows={view.rows}
                  rowKey={spec.rowKey}
                  sort={view.sort}
                  stale={stale}
                  actionsWidth="8.5rem"
                  rowProps={(row) => ({ 'data-certificate': row.certificate.name, 'data-fingerprint': row.certificate.fingerprint })}
                  actions={(row) => (
                    <>
                      <ActionButton write
                        type="button"
                        className="button"
                        aria-haspopup="dialog"
                        aria-label={`Edit ${row.certificate.name}`}
                        onClick={() => setDialog({ kind: 'edit', row })}
                      >
                        Edit
                      </ActionButton>
                      <RowMenu
                        label={`More actions for ${row.certificate.name}`}
                        items={[
                          {
                            label: 'Copy fingerprint',
                            ariaLabel: `Copy the fingerprint of ${row.certificate.name}`,
                            onSelect: () => void copyFingerprint(row.certificate.fingerprint),
                          },
                          {
                            label: 'Delete…',
                            ariaLabel: `Delete ${row.certificate.name}`,
                            danger: true,
                            opensDialog: true,
                            onSelect: () => setDialog({ kind: 'delete', row }),
                          },
                        ]}
                      />
                    </>
                  )}
                />
              )}
            </>
          )}
        </QueryState>
      </section>
      {!tokenReason && <PendingTokens />}
      {dialog?.kind === 'token' && <CreateTokenDialog onClose={close} />}
      {dialog?.kind === 'upload' && <AddCertificateDialog onClose={close} />}
      {dialog?.kind === 'edit' && (
        <EditCertificateDialog
          fingerprint={dialog.row.certificate.fingerprint}
          name={dialog.row.certificate.name}
          thisBrowser={dialog.row.thisBrowser}
          onClose={close}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteCertificateDialog row={dialog.row} onConfirm={() => remove.mutateAsync(dialog.row.certificate.fingerprint)} onClose={close} />
      )}
    </div>
  );
}
