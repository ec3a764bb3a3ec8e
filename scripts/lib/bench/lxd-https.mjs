// LXD REST client over HTTPS with the sandbox's client certificate: the same path a browser
// takes, so timings from Node (e.g. starting an instance) are comparable with the page's.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import https from 'node:https';

export class LxdHttps {
  /** @param {{ port: number, cert: string, key: string }} state a sandbox state */
  constructor(state, { timeoutMs = 60_000 } = {}) {
    this.origin = `https://127.0.0.1:${state.port}`;
    this.timeoutMs = timeoutMs;
    // Keep-alive, so a timed request does not also pay for a TLS handshake.
    this.agent = new https.Agent({
      cert: readFileSync(state.cert),
      key: readFileSync(state.key),
      rejectUnauthorized: false, // the sandbox daemon's server certificate is self-signed
      keepAlive: true,
      maxSockets: 8,
    });
  }

  /** One request; resolves {status, body} and never throws for HTTP errors. */
  request(method, apiPath, body, { timeoutMs = this.timeoutMs } = {}) {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = https.request(
        `${this.origin}${apiPath}`,
        {
          method,
          agent: this.agent,
          timeout: timeoutMs,
          headers: payload ? { 'Content-Type': 'application/json', 'Content-Length': String(payload.length) } : {},
        },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed;
            try {
              parsed = JSON.parse(text);
            } catch {
              parsed = { type: 'error', error: text };
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`LXD ${method} ${apiPath} timed out after ${timeoutMs / 1000}s`)));
      req.on('error', reject);
      req.end(payload);
    });
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
