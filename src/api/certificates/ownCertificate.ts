import { useQuery } from '@tanstack/react-query';
import { certificateExpiryNotice, type ExpiryNotice } from '@/lib/certificateExpiry';
import { certificateFacts } from '@/lib/x509';
import { useLxdClient } from '../client-context';
import { serverQueries } from '../server/queries';
import { callerFingerprint, isLimitedClient } from './access';
import { certificateQueries } from './queries';
import type { LxdServerWithCaller } from './types';

export interface OwnCertificateExpiry {
  /** The certificate's name in LXD's trust store. */
  name: string;
  fingerprint: string;
  notice: ExpiryNotice;
}

/**
 * The certificate this browser presents, when it expires within 30 days (or has expired);
 * undefined otherwise or while it is not known. Which certificate it is: the one newer LXD names
 * in `GET /1.0` (`auth_user_name`), on LXD 5.0 the one LXD's request log names (admins, see
 * lxd/caller.ts) or the only one a restricted client is listed. Costs one certificate read
 * (plus, on LXD 5.0, the log lookup), each once per page load, once `enabled`.
 */
export function useOwnCertificateExpiry(now: Date = new Date(), enabled = true): OwnCertificateExpiry | undefined {
  const client = useLxdClient();
  const info = useQuery(serverQueries.info(client)).data as LxdServerWithCaller | undefined;
  const server = enabled ? info : undefined;
  const named = server ? callerFingerprint(server) : undefined;
  const limited = !!server && isLimitedClient(server);
  const logged = useQuery({ ...certificateQueries.caller(client), enabled: !!server && !named && !limited });
  const listed = useQuery({ ...certificateQueries.list(client), enabled: !!server && !named && limited });
  const fingerprint =
    named ?? logged.data ?? (listed.data && listed.data.length === 1 ? listed.data[0]?.fingerprint : undefined) ?? undefined;
  const certificate = useQuery({
    ...certificateQueries.detail(client, fingerprint ?? ''),
    enabled: !!fingerprint && !listed.data,
  });
  const record = certificate.data ?? listed.data?.find((entry) => entry.fingerprint === fingerprint);
  if (!record) return undefined;
  const facts = certificateFacts(record.certificate);
  const notice = facts ? certificateExpiryNotice(facts.notAfter, now) : undefined;
  return notice ? { name: record.name, fingerprint: record.fingerprint, notice } : undefined;
}
