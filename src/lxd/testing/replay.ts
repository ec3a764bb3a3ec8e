// Replays responses recorded from a real LXD (see scripts/record-fixtures.mjs) as a fetch function.
export interface RecordedResponse {
  request: { method: string; path: string; body?: unknown };
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface ReplayCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** Answers each request with the first recording whose method and path (without query) match. */
export function replayFetch(recordings: RecordedResponse[], calls: ReplayCall[] = []): typeof fetch {
  return async (input, init) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const headers = (init?.headers ?? {}) as Record<string, string>;
    calls.push({ method, url, headers, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const path = new URL(url, 'https://lxd.invalid').pathname;
    const recording = recordings.find(
      (candidate) => candidate.request.method === method && candidate.request.path.split('?')[0] === path,
    );
    if (!recording) throw new TypeError(`no recording for ${method} ${path}`);
    return new Response(JSON.stringify(recording.body), { status: recording.status, headers: recording.headers });
  };
}
