import { Link } from 'react-router';
import { useOwnCertificateExpiry } from '@/api/certificates/ownCertificate';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { expiryPhrase } from '@/lib/certificateExpiry';
import './certificateExpiry.css';

/**
 * Says so when the client certificate this browser presents expires within 30 days. Small and
 * non-blocking in the shell (a link to the trusted certificates); on the wall, a line to read.
 * The shell and the wall show it through `LaterCertificateExpiryNotice`, which loads it after the first screen.
 */
export function CertificateExpiryNotice({ variant = 'shell' }: { variant?: 'shell' | 'wall' }) {
  const own = useOwnCertificateExpiry();
  if (!own) return null;
  const text = `This browser's certificate ${expiryPhrase(own.notice)}`;
  const title = `Certificate "${own.name}" is valid until ${formatDate(own.notice.notAfter.toISOString())}. Trust a new one before then.`;
  if (variant === 'wall') {
    return (
      <p className="wall-cert-expiry" role="status" data-cert-expiry={own.notice.daysLeft}>
        {text} ({formatDate(own.notice.notAfter.toISOString())})
      </p>
    );
  }
  return (
    <Link to={paths.server('certificates')} className="cert-expiry" title={title} data-cert-expiry={own.notice.daysLeft}>
      {text}
    </Link>
  );
}
