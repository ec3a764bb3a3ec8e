import { useEffect, useState } from 'react';
import { lazyPart } from './lazyPart';

const SHELL_DELAY_MS = 5000;

const Notice = lazyPart(async () => (await import('./CertificateExpiryNotice')).CertificateExpiryNotice);

/**
 * The shell's certificate expiry notice, asked for 5 s after the page has loaded: the question
 * costs a few requests and its code (certificate parsing) a chunk, and neither may hold up the
 * first screen.
 */
export function LaterCertificateExpiryNotice() {
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(true), SHELL_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return asked ? <Notice /> : null;
}
