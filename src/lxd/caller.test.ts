import { describe, expect, it } from 'vitest';
import { callerFromLogEvent, lookUpCallerFingerprint, type CallerSocket } from './caller';
import { LxdClient } from './client';

const FINGERPRINT = '93b2cfe30c3acccf730f088566ee1b492e1f86ccf5af96268097a66acb7110d9';

// As LXD 5.0.2 sent it on `/1.0/events?type=logging` (`lxc monitor --type=logging`).
const logged = (url: string, username = FINGERPRINT) => ({
  type: 'logging',
  timestamp: '2026-12-03T04:43:39.224060847Z',
  location: 'none',
  metadata: {
    context: { ip: '127.0.0.1:50746', method: 'GET', protocol: 'tls', url, username },
    level: 'debug',
    message: 'Handling API request',
  },
});

class FakeSocket implements CallerSocket {
  onopen: CallerSocket['onopen'] = null;
  onmessage: CallerSocket['onmessage'] = null;
  onerror: CallerSocket['onerror'] = null;
  onclose: CallerSocket['onclose'] = null;
  closed = false;
  constructor(readonly url: string) {}
  close() {
    this.closed = true;
  }
}

function setUp() {
  const requested: string[] = [];
  let socket: FakeSocket | undefined;
  const client = new LxdClient({
    id: 'local',
    baseUrl: '',
    fetch: async (input) => {
      requested.push(String(input));
      return new Response(JSON.stringify({ type: 'sync', status: 'Success', status_code: 200, metadata: {} }), { status: 200 });
    },
  });
  const openSocket = (url: string) => (socket = new FakeSocket(url));
  return { client, requested, openSocket, socket: () => socket as FakeSocket };
}

describe('callerFromLogEvent', () => {
  it("reads the fingerprint of the marked request's entry only", () => {
    expect(callerFromLogEvent(logged('/1.0?lxdeck-caller=abc'), 'abc')).toBe(FINGERPRINT);
    expect(callerFromLogEvent(logged('/1.0/projects'), 'abc')).toBeUndefined();
    expect(callerFromLogEvent(logged('/1.0?lxdeck-caller=abc', 'root'), 'abc')).toBeUndefined();
    expect(callerFromLogEvent({ type: 'lifecycle', metadata: {} }, 'abc')).toBeUndefined();
  });
});

describe('lookUpCallerFingerprint', () => {
  it('listens to the log, sends the marked request and answers the fingerprint LXD logged', async () => {
    const { client, requested, openSocket, socket } = setUp();
    const found = lookUpCallerFingerprint(client, { openSocket, nonce: 'n1', retryMs: 10_000 });
    expect(new URL(socket().url).pathname + new URL(socket().url).search).toBe('/1.0/events?type=logging');
    socket().onopen?.({});
    await Promise.resolve();
    expect(requested).toEqual(['/1.0?lxdeck-caller=n1']);
    socket().onmessage?.({ data: JSON.stringify(logged('/1.0/instances')) });
    socket().onmessage?.({ data: JSON.stringify(logged('/1.0?lxdeck-caller=n1')) });
    await expect(found).resolves.toBe(FINGERPRINT);
    expect(socket().closed).toBe(true);
  });

  it('answers null when the socket is refused or nothing comes in time', async () => {
    const refused = setUp();
    const a = lookUpCallerFingerprint(refused.client, { openSocket: refused.openSocket });
    refused.socket().onclose?.({});
    await expect(a).resolves.toBeNull();

    const silent = setUp();
    await expect(lookUpCallerFingerprint(silent.client, { openSocket: silent.openSocket, timeoutMs: 20 })).resolves.toBeNull();
    expect(silent.socket().closed).toBe(true);
  });
});
