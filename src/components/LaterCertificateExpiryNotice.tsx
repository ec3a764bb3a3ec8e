import { useEffect, useState } from 'react';
import { lazyPart } from './lazyPart';

const NOTICE_DELAY_MS = 5000;

const Notice = lazyPart(async () => (await import('./CertificateExpiryNotice')).CertificateExpiryNotice);

/**
 * The certificate expiry notice, asked for 5 s after the page has loaded: the question costs a few
 * requests and its code (certificate parsing) a chunk, and neither may hold up the first screen
 * (on the wall they came in before its full paint).
 */
export function LaterCertificateExpiryNotice({ variant = 'shell' }: { variant?: 'shell' | 'wall' }) {
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(true), NOTICE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return asked ? <Notice variant={variant} /> : null;
}
