import { CreateCertificate } from './CreateCertificate';
import { TrustTokenForm } from './TrustTokenForm';
import './setup.css';

/**
 * What a browser LXD does not trust sees instead of errors: make a certificate here, or redeem a
 * trust token for the one it presents. Loaded on demand, so the dashboard never downloads it.
 */
export function SetupPage() {
  const host = location.host;
  return (
    <main className="setup">
      <header className="setup-header">
        <span className="brand">lxdeck</span>
        <h1>Connect this browser to LXD</h1>
        <p>
          LXD recognises browsers by the TLS client certificate they present. The server at <code>{host}</code> does
          not trust this browser: it presented no certificate, or one the server does not know.
        </p>
      </header>
      <CreateCertificate hostname={location.hostname} />
      <TrustTokenForm />
    </main>
  );
}
