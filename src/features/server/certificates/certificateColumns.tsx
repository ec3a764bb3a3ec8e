import type { Column } from '@/components/DataTable';
import { formatDate, formatRelative } from '@/lib/format';
import { accessText, expiryState, shortFingerprint, type CertificateRow } from './certificateModel';

const EXPIRY_TONES = { expired: 'bad', soon: 'busy', valid: '', unknown: '' } as const;

/** The trust list's columns. */
export function certificateColumns(now = Date.now()): Column<CertificateRow>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      sortValue: (row) => row.certificate.name,
      className: 'cell-name cell-ellipsis',
      render: (row) => (
        <>
          <span title={row.commonName ? `Common name: ${row.commonName}` : undefined}>{row.certificate.name || <span className="muted">(no name)</span>}</span>
          {row.thisBrowser && (
            <>
              {' '}
              <span className="badge badge-info" data-this-browser="">
                this browser
              </span>
            </>
          )}
        </>
      ),
    },
    {
      id: 'type',
      label: 'Type',
      width: '6rem',
      hideNarrow: true,
      sortValue: (row) => row.certificate.type,
      render: (row) => row.certificate.type,
    },
    {
      id: 'access',
      label: 'Access',
      width: '18rem',
      hideNarrow: true,
      sortValue: (row) => (row.certificate.restricted ? `1 ${accessText(row.certificate)}` : '0'),
      className: 'cell-ellipsis',
      render: (row) =>
        row.certificate.restricted ? (
          <span title={accessText(row.certificate)}>
            <span className="badge badge-busy">restricted</span> {accessText(row.certificate)}
          </span>
        ) : (
          accessText(row.certificate)
        ),
    },
    {
      id: 'fingerprint',
      label: 'Fingerprint',
      width: '9rem',
      hideNarrow: true,
      sortValue: (row) => row.certificate.fingerprint,
      className: 'cell-mono',
      render: (row) => (
        <abbr title={row.certificate.fingerprint} aria-label={`Fingerprint ${row.certificate.fingerprint}`}>
          {shortFingerprint(row.certificate.fingerprint)}
        </abbr>
      ),
    },
    {
      id: 'expires',
      label: 'Expires',
      width: '11rem',
      hideNarrow: true,
      sortValue: (row) => row.expiresAt?.getTime() ?? Number.MAX_SAFE_INTEGER,
      render: (row) => {
        if (!row.expiresAt) return <span className="muted">unknown</span>;
        const iso = row.expiresAt.toISOString();
        const state = expiryState(row.expiresAt, now);
        const text = state === 'expired' ? `expired ${formatRelative(iso, now)}` : formatDate(iso);
        return (
          <time dateTime={iso} title={formatRelative(iso, now)} className={EXPIRY_TONES[state] ? `badge badge-${EXPIRY_TONES[state]}` : undefined}>
            {text}
          </time>
        );
      },
    },
  ];
}
