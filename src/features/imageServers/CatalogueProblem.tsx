import { CatalogueError } from '@/api/imageServers/catalogue';
import { errorText } from '@/components/ErrorState';

/** Why the page cannot read a catalogue, in words a user can act on. */
export function CatalogueProblem({ error, serverUrl, onRetry }: { error: unknown; serverUrl: string; onRetry: () => void }) {
  const reason = error instanceof CatalogueError ? error.reason : undefined;
  const origin = (() => {
    try {
      return new URL(serverUrl).origin;
    } catch {
      return serverUrl;
    }
  })();
  return (
    <div className="state state-error catalogue-problem" role="alert" data-reason={reason ?? 'error'}>
      <h2>{TITLES[reason ?? 'error']}</h2>
      {reason === 'csp' && (
        <p>
          The page’s Content-Security-Policy does not list <code>{origin}</code> in <code>connect-src</code>, so the browser refused to ask it.
          lxdeck’s own policy allows the default image servers and those given when it was built (<code>LXDECK_IMAGE_SERVERS</code>); LXD 6.5 and
          later also send a policy of their own for <code>/ui/</code> that allows only a few of Canonical’s image servers.
        </p>
      )}
      {reason === 'cors' && (
        <p>
          <code>{origin}</code> answers, but without an <code>Access-Control-Allow-Origin</code> header, so the browser does not let this page read
          the catalogue. The server’s operator can add <code>Access-Control-Allow-Origin: *</code> (the files are public).
        </p>
      )}
      {reason === 'unreachable' && (
        <p>
          <code>{origin}</code> did not answer this browser: it is down, the address is wrong, or this browser does not trust its certificate
          (open <a href={new URL('streams/v1/index.json', serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`).toString()}>its index</a> to see).
        </p>
      )}
      {(reason === 'http' || reason === 'format' || !reason) && <p>{errorText(error)}</p>}
      <p>LXD downloads images itself, so you can still copy or launch an image by its alias below.</p>
      <button data-view="" type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

const TITLES: Record<string, string> = {
  csp: 'This page’s security policy does not allow reading this catalogue',
  cors: 'The server does not allow pages to read its catalogue (no CORS headers)',
  unreachable: 'The image server cannot be reached from this browser',
  http: 'The image server refused the catalogue request',
  format: 'This is not a simplestreams catalogue',
  error: 'Could not read the catalogue',
};
