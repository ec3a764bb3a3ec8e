// LXD REST client over HTTPS with the sandbox's client certificate: the same path a browser
// takes, so timings from Node (e.g. starting an instance) are comparable with the page's.
import { readFileSync } from 'node:fs';
import { clientAgent, lxdRequest } from '../lxd-request.mjs';

export class LxdHttps {
  /** @param {{ port: number, cert: string, key: string }} state a sandbox state */
  constructor(state, { timeoutMs = 60_000 } = {}) {
    this.origin = `https://127.0.0.1:${state.port}`;
    this.timeoutMs = timeoutMs;
    // Keep-alive, so a timed request does not also pay for a TLS handshake.
    this.agent = clientAgent({
      cert: readFileSync(state.cert),
      key: readFileSync(state.key),
      keepAlive: true,
      maxSockets: 8,
    });
  }

  /** One request; resolves {status, body} and never throws for HTTP errors. */
  async request(method, apiPath, body, { timeoutMs = this.timeoutMs } = {}) {
    const res = await lxdRequest({ origin: this.origin, agent: this.agent, method, path: apiPath, body, timeoutMs });
    // Callers read `body.error`; a non-JSON answer becomes an error envelope carrying its text.
    return { status: res.status, body: typeof res.body === 'string' ? { type: 'error', error: res.body } : res.body };
  }


  /** Throws on an error response; returns the metadata of a sync response, or the raw async envelope. */
  async send(method, apiPath, body) {
    const res = await this.request(method, apiPath, body);
    if (res.status >= 400 || res.body?.type === 'error') {
      throw new Error(`LXD ${method} ${apiPath}: ${res.status} ${res.body?.error ?? ''}`.trim());
    }
    return res.body;
  }

  async get(apiPath) {
    return (await this.send('GET', apiPath)).metadata;
  }

  /** Waits for an async operation; throws if it failed or did not finish within timeoutSeconds. */
  async waitOperation(operation, timeoutSeconds = 60) {
    const id = String(operation).split('/').pop();
    const res = await this.request('GET', `/1.0/operations/${id}/wait?timeout=${timeoutSeconds}`, undefined, {
      timeoutMs: (timeoutSeconds + 10) * 1000,
    });
    const op = res.body?.metadata;
    if (res.status >= 400 || !op) throw new Error(`Waiting for operation ${id}: ${res.status} ${res.body?.error ?? ''}`);
    if (op.status_code >= 400) throw new Error(`Operation ${id} failed: ${op.err}`);
    if (op.status_code < 200) throw new Error(`Operation ${id} still ${op.status} after ${timeoutSeconds}s`);
    return op;
  }

  /** Changes an instance's power state and waits for LXD to finish; returns when each step ended. */
  async changeState(name, action, { force = false, timeoutSeconds = 30 } = {}) {
    const sentAt = Date.now();
    const envelope = await this.send('PUT', `/1.0/instances/${encodeURIComponent(name)}/state`, {
      action,
      force,
      timeout: timeoutSeconds,
    });
    const acceptedAt = Date.now();
    if (envelope.type === 'async') await this.waitOperation(envelope.operation, timeoutSeconds + 30);
    return { sentAt, acceptedAt, doneAt: Date.now() };
  }

  close() {
    this.agent.destroy();
  }
}
