import { useEffect } from 'react';
import type { CertificateDownloads } from './useCreateCertificate';

/** The two files to download and what to do with them, in order. */
export function CertificateFiles({ downloads }: { downloads: CertificateDownloads }) {
  const { certificate, baseName, p12Url, crtUrl } = downloads;
  useEffect(
    () => () => {
      URL.revokeObjectURL(p12Url);
      URL.revokeObjectURL(crtUrl);
    },
    [p12Url, crtUrl],
  );
  const p12 = `${baseName}.p12`;
  const crt = `${baseName}.crt`;
  const pageUrl = `${location.origin}/ui/`;

  return (
    <div className="setup-result">
      <h3>Certificate {certificate.commonName} is ready</h3>
      <p className="setup-hint">
        SHA-256 fingerprint <code className="setup-fingerprint">{certificate.fingerprint}</code>
      </p>
      <div className="setup-downloads">
        <a className="button button-primary" href={p12Url} download={p12}>
          Download {p12}
        </a>
        <a className="button" href={crtUrl} download={crt}>
          Download {crt}
        </a>
      </div>
      <ol className="setup-steps">
        <li>
          Import <strong>{p12}</strong> into your browser; it asks for the password you chose.
          <ul>
            <li>
              <strong>Chrome or Chromium on Linux:</strong> Settings → Privacy and security → Security → Manage
              certificates → Your certificates → Import.
            </li>
            <li>
              <strong>Chrome or Edge on Windows:</strong> open the .p12 file; the Certificate Import Wizard stores it for
              the current user.
            </li>
            <li>
              <strong>Firefox:</strong> Settings → Privacy &amp; Security → Certificates → View Certificates… → Your
              Certificates → Import…, then choose the file.
            </li>
            <li>
              <strong>macOS (Safari, Chrome, Edge):</strong> open the .p12 file; Keychain Access adds it to the login
              keychain. When a browser first uses it, allow access to the key (Always Allow).
            </li>
          </ul>
        </li>
        <li>
          Trust it on the LXD server: copy <strong>{crt}</strong> there and run
          <pre className="setup-command">
            <code>lxc config trust add {crt}</code>
          </pre>
          Add <code>--restricted --projects &lt;name,…&gt;</code> to limit it to some projects. Or skip the copy: import
          the .p12, open this page again and redeem a trust token below.
        </li>
        <li>
          Quit the browser completely (it remembers for the session that it had no certificate for this server) and
          open <code>{pageUrl}</code> again. If it asks which certificate to present, choose {certificate.commonName}.
        </li>
      </ol>
    </div>
  );
}
