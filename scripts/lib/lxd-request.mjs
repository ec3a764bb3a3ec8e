// One request to an LXD REST API from Node, over the daemon's unix socket or over HTTPS with a
// client certificate. Shared by the sandbox, the fixture recorder, the benchmark and the e2e
// fixtures. It never throws for HTTP errors: callers decide what an error status means.
import { Buffer } from 'node:buffer';
import http from 'node:http';
import https from 'node:https';

/** An HTTPS agent presenting a client certificate (PEM contents, not paths). */
export function clientAgent({ cert, key, keepAlive = false, maxSockets }) {
  return new https.Agent({
    cert,
    key,
    rejectUnauthorized: false, // sandbox daemons use self-signed server certificates
    keepAlive,
    ...(maxSockets ? { maxSockets } : {}),
  });
}

/**
 * Resolves `{ status, headers, body }`; `body` is the parsed JSON, or the raw text when the
 * answer is not JSON. Target: `{ socketPath }` or `{ origin, agent }`.
 */
export function lxdRequest({ method, path, body, headers = {}, timeoutMs = 60_000, socketPath, origin, agent }) {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const options = {
    method,
    timeout: timeoutMs,
    headers: {
      ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': String(payload.length) } : {}),
      ...headers,
    },
  };
  return new Promise((resolve, reject) => {
    const onResponse = (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = text;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
      });
    };
    const req = socketPath
      ? http.request({ ...options, socketPath, path }, onResponse)
      : https.request(`${origin}${path}`, { ...options, agent }, onResponse);
    req.on('timeout', () => req.destroy(new Error(`LXD ${method} ${path} timed out after ${timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end(payload);
  });
}
