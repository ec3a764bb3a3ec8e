import type { LxdServer } from '@/lxd';
import { useLxdClient } from '../client-context';
import { useObjectUpdate } from '../objectUpdate';
import { serverKeys } from './keys';
import { serverPath } from './queries';

/** The server's config (`PUT /1.0` with If-Match), for one member on a cluster. */
export function useUpdateServer(member?: string) {
  const client = useLxdClient();
  return useObjectUpdate<LxdServer, { config: Record<string, string | boolean> }>({
    path: serverPath('/1.0', member),
    detailKey: serverKeys.detail(client.id, member),
    invalidate: [serverKeys.info(client.id)],
    successMessage: member ? `Saved the configuration of ${member}` : 'Saved the server configuration',
  });
}
