import { lazyPart } from './lazyPart';
import { useFirstScreenDone } from './useFirstScreenDone';

const Notice = lazyPart(async () => (await import('./CertificateExpiryNotice')).CertificateExpiryNotice);

/**
 * The certificate expiry notice, asked for once the page's first screen is in: the question costs
 * a few requests and its code (certificate parsing) a chunk, and neither may hold up the first
 * screen (on the wall they came in before its full paint). Asked then rather than after a fixed
 * delay, its requests are over before the page settles: an open page that nothing changes asks
 * LXD for nothing.
 */
export function LaterCertificateExpiryNotice({ variant = 'shell' }: { variant?: 'shell' | 'wall' }) {
  return useFirstScreenDone() ? <Notice variant={variant} /> : null;
}
