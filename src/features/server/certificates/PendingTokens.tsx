import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useRevokeTrustToken } from '@/api/certificates/mutations';
import { certificateQueries } from '@/api/certificates/queries';
import type { PendingToken } from '@/api/certificates/pendingTokens';
import { useLxdClient } from '@/api/client-context';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { DataTable, type Column } from '@/components/DataTable';
import { errorText } from '@/components/ErrorState';
import { QueryState } from '@/components/QueryState';
import { formatDate, isUnsetTime } from '@/lib/format';
import { accessText } from './certificateModel';
import { ActionButton } from '@/components/reasons';

const columns: Column<PendingToken>[] = [
  { id: 'name', label: 'Name', className: 'cell-name cell-ellipsis', render: (token) => token.name || <span className="muted">(no name)</span> },
  { id: 'access', label: 'Access', className: 'cell-ellipsis', render: (token) => accessText({ ...token, type: 'client' }) },
  { id: 'created', label: 'Created', width: '10rem', hideNarrow: true, render: (token) => formatDate(token.created_at) },
  {
    id: 'expires',
    label: 'Expires',
    width: '10rem',
    hideNarrow: true,
    render: (token) => (isUnsetTime(token.expires_at) ? <span className="muted">never</span> : formatDate(token.expires_at)),
  },
];

/** Tokens made and not redeemed yet (operations of class `token`); each can be revoked. */
export function PendingTokens() {
  const client = useLxdClient();
  const tokens = useQuery(certificateQueries.tokens(client));
  const revoke = useRevokeTrustToken();
  const [revoking, setRevoking] = useState<PendingToken>();
  return (
    <section className="trust-tokens" aria-labelledby="trust-tokens-title">
      <h2 id="trust-tokens-title" className="section-title">
        Pending tokens
      </h2>
      <QueryState query={tokens} what="pending tokens">
        {(list, stale) =>
          list.length === 0 ? (
            <p className="muted">No token is waiting to be redeemed.</p>
          ) : (
            <DataTable
              label="Pending tokens"
              columns={columns}
              rows={list}
              rowKey={(token) => token.id}
              stale={stale}
              compact
              actionsWidth="6.5rem"
              rowProps={(token) => ({ 'data-token': token.name })}
              actions={(token) => (
                <ActionButton write type="button" className="button button-danger" aria-haspopup="dialog" aria-label={`Revoke token ${token.name}`} onClick={() => setRevoking(token)}>
                  Revoke…
                </ActionButton>
              )}
            />
          )
        }
      </QueryState>
      {revoking && (
        <ConfirmDialog
          title={`Revoke the token for ${revoking.name}?`}
          confirmLabel="Revoke token"
          danger
          pending={revoke.isPending}
          onCancel={() => {
            revoke.reset();
            setRevoking(undefined);
          }}
          onConfirm={() => revoke.mutate(revoking.id, { onSuccess: () => setRevoking(undefined) })}
        >
          <p>
            Whoever holds the token for <strong>{revoking.name}</strong> can then no longer use it to be trusted.
          </p>
          {revoke.error && (
            <p className="form-error" role="alert">
              LXD refused: {errorText(revoke.error)}
            </p>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}
