import { queryOptions } from '@tanstack/react-query';
import type { LxdClient } from '@/lxd';
import { certificateKeys } from './keys';
import type { LxdCertificate } from './types';

export const certificateQueries = {
  detail: (client: LxdClient, fingerprint: string) =>
    queryOptions({
      queryKey: certificateKeys.detail(client.id, fingerprint),
      queryFn: async ({ signal }) =>
        (await client.get<LxdCertificate>(`/1.0/certificates/${encodeURIComponent(fingerprint)}`, { signal })).data,
    }),
};
