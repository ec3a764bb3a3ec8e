import { useQuery } from '@tanstack/react-query';
import { callerFingerprint, describeAccess, isLimitedClient, type ClientAccess } from '@/api/certificates/access';
import { certificateQueries } from '@/api/certificates/queries';
import type { LxdServerWithCaller } from '@/api/certificates/types';
import { useLxdClient } from '@/api/client-context';
import { projectQueries } from '@/api/projects/queries';

/**
 * Whether this browser's certificate is restricted, and to which projects. Admins cost nothing
 * more (GET /1.0 already shows their config); other clients read their certificate where LXD
 * names it, and the projects LXD lists for them otherwise (LXD 5.0). Pending until known.
 */
export function useClientAccess(server: LxdServerWithCaller): ClientAccess | undefined {
  const client = useLxdClient();
  const limited = isLimitedClient(server);
  const fingerprint = limited ? callerFingerprint(server) : undefined;
  const certificate = useQuery({ ...certificateQueries.detail(client, fingerprint ?? ''), enabled: !!fingerprint });
  const projects = useQuery({ ...projectQueries.list(client), enabled: limited && (!fingerprint || certificate.isError) });

  if (!limited) return { restricted: false };
  if (certificate.isPending && certificate.fetchStatus !== 'idle') return undefined;
  if (projects.isPending && projects.fetchStatus !== 'idle') return undefined;
  return describeAccess(server, { certificate: certificate.data, projects: projects.data });
}
