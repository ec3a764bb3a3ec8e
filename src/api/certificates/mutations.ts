import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLxdClient } from '../client-context';
import { serverKeys } from '../server/keys';
import { serverQueries } from '../server/queries';
import { isLxdError, type LxdClient, type LxdServer } from '@/lxd';
import { normalizeTrustToken, trustTokenRequest } from './trustToken';

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
