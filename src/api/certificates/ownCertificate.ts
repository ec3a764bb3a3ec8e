import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { certificateExpiryNotice, knownCertificate, rememberCertificate, type ExpiryNotice } from '@/lib/certificateExpiry';
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
  const storage = globalThis.localStorage as Storage | undefined;
  // Found less than 12 hours ago: nothing is asked (a wall reloads often, and runs for days).
  const [known] = useState(() => knownCertificate(storage, client.id, Date.now()));
  const info = useQuery(serverQueries.info(client)).data as LxdServerWithCaller | undefined;
  const server = enabled && !known ? info : undefined;
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
  const facts = record ? certificateFacts(record.certificate) : undefined;
  const found = record && facts ? { name: record.name, fingerprint: record.fingerprint, notAfter: facts.notAfter.toISOString() } : undefined;
  const foundText = found ? JSON.stringify(found) : undefined;
  useEffect(() => {
    if (foundText) rememberCertificate(storage, client.id, { ...(JSON.parse(foundText) as typeof found & object), checkedAt: Date.now() });
  }, [storage, client.id, foundText]);
  const current = known ?? found;
  if (!current) return undefined;
  const notice = certificateExpiryNotice(new Date(current.notAfter), now);
  return notice ? { name: current.name, fingerprint: current.fingerprint, notice } : undefined;
}
