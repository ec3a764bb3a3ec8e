import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLxdClient } from '../client-context';
import { serverKeys } from '../server/keys';
import { serverQueries } from '../server/queries';
import { isLxdError } from '@/lxd';
import { normalizeTrustToken, trustTokenRequest } from './trustToken';

/**
 * Redeems a trust token for the certificate this browser presents. On success the whole cache of
 * the server is invalidated, so the server gate re-reads `GET /1.0` and shows the dashboard
 * without a reload; the mutation stays pending until that read is done.
 */
export function useRedeemTrustToken() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (pasted: string) => {
      const server = queryClient.getQueryData(serverQueries.info(client).queryKey);
      const body = trustTokenRequest(server ?? { api_extensions: [] }, normalizeTrustToken(pasted));
      try {
        await client.request('POST', '/1.0/certificates', { body });
      } catch (error) {
        // Trusted meanwhile (e.g. by another tab): nothing left to do but re-read the server.
        if (isLxdError(error) && /already trusted/i.test(error.message)) return;
        throw error;
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serverKeys.all(client.id) }),
  });
}
