import { useFirstScreenDone } from './useFirstScreenDone';
import { lazyPart } from './lazyPart';

const Notice = lazyPart(async () => (await import('./CertificateExpiryNotice')).CertificateExpiryNotice);

/**
 * The shell's certificate expiry notice, asked for once the first screen's reads are in
 * (`lib/afterFirstScreen.ts`): the question costs a few requests and its code (certificate
 * parsing) a chunk, and neither may hold up the first screen; asked then, it is part of the
 * page's load, not a request out of the blue minutes later.
 */
export function LaterCertificateExpiryNotice() {
  return useFirstScreenDone() ? <Notice /> : null;
}
