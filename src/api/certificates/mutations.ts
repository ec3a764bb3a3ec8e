import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLxdClient } from '../client-context';
import { serverKeys } from '../server/keys';
import { serverQueries } from '../server/queries';
import { isLxdError, type LxdClient, type LxdServer } from '@/lxd';
import { useObjectUpdate } from '../objectUpdate';
import { certificateKeys } from './keys';
import { tokenFromOperation } from './pendingTokens';
import { certificatePath } from './queries';
import { normalizeTrustToken, trustTokenRequest } from './trustToken';
import type { LxdCertificate } from './types';

/**
 * `POST /1.0/certificates` with the token, which makes LXD trust the certificate this browser
 * presents on that connection. "Already trusted" (e.g. by another tab meanwhile) counts as done.
 */
export async function redeemTrustToken(
  client: LxdClient,
  server: Pick<LxdServer, 'api_extensions'> | undefined,
  pasted: string,
): Promise<void> {
  const body = trustTokenRequest(server ?? { api_extensions: [] }, normalizeTrustToken(pasted));
  try {
    await client.request('POST', '/1.0/certificates', { body });
  } catch (error) {
    if (isLxdError(error) && /already trusted/i.test(error.message)) return;
    throw error;
  }
}

/**
 * Redeems a trust token. On success the whole cache of the server is invalidated, so the server
 * gate re-reads `GET /1.0` and shows the dashboard without a reload; the mutation stays pending
 * until that read is done.
 */
export function useRedeemTrustToken() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pasted: string) =>
      redeemTrustToken(client, queryClient.getQueryData(serverQueries.info(client).queryKey), pasted),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serverKeys.all(client.id) }),
  });
}

// --- managing the trust store ------------------------------------------------------------

/** Who a certificate or token lets in: all of the server, or only some projects. */
export interface CertificateRestriction {
  restricted: boolean;
  /** The projects a restricted certificate may use. */
  projects: string[];
}

const restrictionBody = ({ restricted, projects }: CertificateRestriction) => ({ restricted, projects: restricted ? projects : [] });

/**
 * `POST /1.0/certificates {token: true}` (extension `certificate_token`): LXD answers with a
 * running operation that holds the token's secret until it is redeemed or revoked. The token is
 * returned to the dialog that shows it once; it is not kept anywhere else.
 */
export function useCreateTrustToken() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ name, ...restriction }: { name: string } & CertificateRestriction): Promise<string> => {
      const answer = await client.request('POST', '/1.0/certificates', {
        body: { name, type: 'client', token: true, ...restrictionBody(restriction) },
      });
      if (answer.type !== 'async') throw new Error('LXD answered without a token operation.');
      return tokenFromOperation(answer.operation, name);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.tokens(client.id) }),
  });
}

/** Revokes a pending token: its operation is cancelled (DELETE /1.0/operations/<id>). */
export function useRevokeTrustToken() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.cancelOperation(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.tokens(client.id) }),
    meta: { successMessage: 'Token revoked' },
  });
}

/** The body of `POST /1.0/certificates` that trusts a certificate given as PEM. */
export interface AddCertificateInput extends CertificateRestriction {
  name: string;
  type: 'client' | 'metrics';
  /** The PEM text as uploaded or pasted; LXD takes the base64 DER. */
  pem: string;
}

/** The base64 of the first certificate in a PEM text (what LXD's `certificate` field takes). */
export function pemBody(pem: string): string {
  const match = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem);
  return (match?.[1] ?? pem).replace(/\s+/g, '');
}

/** The dialog shows LXD's refusal next to what was typed, so no error toast. */
export function useAddCertificate() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, type, pem, ...restriction }: AddCertificateInput) =>
      client.run('POST', '/1.0/certificates', {
        body: { name, type, certificate: pemBody(pem), ...restrictionBody(restriction) },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.list(client.id) }),
    meta: { successMessage: 'Certificate added' },
  });
}

/** What an edit sends: `PUT /1.0/certificates/<fingerprint>` with If-Match (the certificate itself is left as it is). */
export interface CertificatePut extends CertificateRestriction {
  name: string;
  type: string;
}

export function useUpdateCertificate(fingerprint: string) {
  const client = useLxdClient();
  return useObjectUpdate<LxdCertificate, CertificatePut>({
    path: certificatePath(fingerprint),
    detailKey: certificateKeys.editable(client.id, fingerprint),
    invalidate: [certificateKeys.list(client.id)],
    successMessage: 'Certificate saved',
  });
}

/** The DestroyDialog shows LXD's refusal itself, so no error toast. */
export function useDeleteCertificate() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fingerprint: string) => client.run('DELETE', certificatePath(fingerprint)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.list(client.id) }),
    meta: { successMessage: 'Certificate deleted' },
  });
}
