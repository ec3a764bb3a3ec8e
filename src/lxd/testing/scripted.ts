import { LxdClient } from '../client';

export interface ScriptedCall {
  method: string;
  /** Path and query, e.g. `/1.0/profiles/web?project=p`. */
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export type ScriptedAnswer = { status: number; body: unknown; headers?: Record<string, string> };

/**
 * A client whose requests are answered in order from `answers`, keyed by "METHOD path" (query
 * ignored); every request is recorded in `calls`. For tests of request sequences (ETag, retries,
 * operations) where a single recording per path is not enough.
 */
export function scriptedClient(answers: Record<string, ScriptedAnswer[]>, calls: ScriptedCall[]): LxdClient {
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input), 'https://lxd.invalid');
    const method = init?.method ?? 'GET';
    calls.push({
      method,
      path: `${url.pathname}${url.search}`,
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    const answer = answers[`${method} ${url.pathname}`]?.shift();
    if (!answer) throw new TypeError(`unexpected ${method} ${url.pathname}`);
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  };
  return new LxdClient({ id: 'local', baseUrl: '', fetch });
}
