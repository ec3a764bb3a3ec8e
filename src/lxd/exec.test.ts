import { describe, expect, it } from 'vitest';
import { LxdClient } from './client';
import {
  execRequest,
  openConsoleSession,
  openExecSession,
  openFirstAvailable,
  resizeMessage,
  signalMessage,
  type StreamEnd,
  type WebSocketConstructor,
} from './exec';

/** A websocket that records what is sent and lets the test play LXD's side. */
class FakeSocket extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;
  readyState = 0;
  binaryType = 'blob';
  sent: (string | Uint8Array)[] = [];
  closedWith: number | undefined;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;

  constructor(readonly url: string) {
    super();
  }
  send(data: string | Uint8Array) {
    this.sent.push(data);
  }
  close(code?: number) {
    this.closedWith = code;
    this.serverClose();
  }
  // LXD's side
  open() {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }
  receive(data: string | Uint8Array) {
    const payload = typeof data === 'string' ? data : data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    this.onmessage?.(new MessageEvent('message', { data: payload }));
  }
  serverClose() {
    if (this.readyState === 3) return;
    this.readyState = 3;
    const event = new Event('close') as CloseEvent;
    this.dispatchEvent(event);
    this.onclose?.(event);
  }
}

interface Harness {
  client: LxdClient;
  sockets: FakeSocket[];
  requests: { method: string; url: string; body: unknown }[];
  WebSocketImpl: WebSocketConstructor;
  /** Opens the two sockets of the n-th POST once they exist. */
  openSockets(pair?: number): Promise<[FakeSocket, FakeSocket]>;
}

/** `results` answers the n-th operation wait: a return code, or a failure message. */
function harness(results: ({ code: number } | { error: string })[] = [{ code: 0 }]): Harness {
  const sockets: FakeSocket[] = [];
  const requests: Harness['requests'] = [];
  let posts = 0;
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = String(input);
    requests.push({ method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (init?.method === 'POST') {
      const id = `op${posts++}`;
      const metadata = { id, class: 'websocket', status: 'Running', status_code: 103, metadata: { fds: { '0': `data-${id}`, control: `control-${id}` } } };
      return Response.json({ type: 'async', status: 'Operation created', status_code: 100, operation: `/1.0/operations/${id}`, metadata }, { status: 202 });
    }
    const index = Number(/op(\d+)/.exec(url)?.[1] ?? 0);
    const result = results[index] ?? { code: 0 };
    const operation =
      'code' in result
        ? { id: `op${index}`, status: 'Success', status_code: 200, err: '', metadata: { return: result.code } }
        : { id: `op${index}`, status: 'Failure', status_code: 400, err: result.error, metadata: { return: 127 } };
    return Response.json({ type: 'sync', status: 'Success', status_code: 200, metadata: operation });
  };
  const WebSocketImpl = class extends FakeSocket {
    constructor(url: string) {
      super(url);
      sockets.push(this);
    }
  } as unknown as WebSocketConstructor;
  const client = new LxdClient({ id: 'local', baseUrl: 'https://lxd.test', fetch: fetchImpl });
  const openSockets = async (pair = 0): Promise<[FakeSocket, FakeSocket]> => {
    await expect.poll(() => sockets.length).toBeGreaterThanOrEqual(2 * pair + 2);
    const data = sockets[2 * pair] as FakeSocket;
    const control = sockets[2 * pair + 1] as FakeSocket;
    data.open();
    control.open();
    return [data, control];
  };
  return { client, sockets, requests, WebSocketImpl, openSockets };
}

function recorder() {
  const chunks: Uint8Array[] = [];
  const ends: StreamEnd[] = [];
  let resolveEnd: (end: StreamEnd) => void = () => {};
  const ended = new Promise<StreamEnd>((resolve) => (resolveEnd = resolve));
  return {
    chunks,
    ends,
    ended,
    handlers: {
      onData: (bytes: Uint8Array) => chunks.push(bytes),
      onEnd: (end: StreamEnd) => {
        ends.push(end);
        resolveEnd(end);
      },
    },
  };
}

const execOptions = { project: 'staging', instance: 'c1', command: ['sh', '-l'], width: 100, height: 30 };

describe('exec request and control messages', () => {
  it('asks for an interactive session that waits for the websockets, with TERM set', () => {
    expect(execRequest({ command: ['sh'], width: 80, height: 24, user: 1000, cwd: '/tmp', environment: { A: 'b' } })).toEqual({
      command: ['sh'],
      interactive: true,
      'wait-for-websocket': true,
      'record-output': false,
      environment: { TERM: 'xterm-256color', A: 'b' },
      width: 80,
      height: 24,
      user: 1000,
      cwd: '/tmp',
    });
  });

  it('sends sizes as strings and signals as numbers, as LXD expects', () => {
    expect(JSON.parse(resizeMessage(120, 40))).toEqual({ command: 'window-resize', args: { width: '120', height: '40' } });
    expect(JSON.parse(signalMessage(9))).toEqual({ command: 'signal', signal: 9 });
  });
});

describe('openExecSession', () => {
  it('POSTs the exec, connects both sockets with their secrets, and passes output on as bytes', async () => {
    const h = harness();
    const rec = recorder();
    const opening = openExecSession(h.client, { ...execOptions, WebSocketImpl: h.WebSocketImpl }, rec.handlers);
    const [data, control] = await h.openSockets();
    await opening;

    expect(h.requests[0]).toMatchObject({ method: 'POST', url: 'https://lxd.test/1.0/instances/c1/exec?project=staging' });
    expect(data.url).toBe('wss://lxd.test/1.0/operations/op0/websocket?secret=data-op0');
    expect(control.url).toBe('wss://lxd.test/1.0/operations/op0/websocket?secret=control-op0');
    expect(data.binaryType).toBe('arraybuffer');

    data.receive(new Uint8Array([0xe2, 0x82]));
    data.receive(new Uint8Array([0xac]));
    // Bytes are handed on untouched, so a character split across frames is joined by the decoder.
    const decoder = new TextDecoder();
    expect(rec.chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('')).toBe('€');
  });

  it('sends keystrokes as binary frames, never as text', async () => {
    const h = harness();
    const opening = openExecSession(h.client, { ...execOptions, WebSocketImpl: h.WebSocketImpl }, recorder().handlers);
    const [data, control] = await h.openSockets();
    const session = await opening;

    session.write('é\r');
    session.write(new Uint8Array([3]));
    expect(data.sent).toEqual([new TextEncoder().encode('é\r'), new Uint8Array([3])]);
    expect(data.sent.every((frame) => frame instanceof Uint8Array)).toBe(true);

    session.resize(132, 43);
    session.signal(15);
    expect(control.sent).toEqual([resizeMessage(132, 43), signalMessage(15)]);
  });

  it("reports the exit code from the operation after LXD's end-of-output frame, closing the data socket", async () => {
    const h = harness([{ code: 3 }]);
    const rec = recorder();
    const opening = openExecSession(h.client, { ...execOptions, WebSocketImpl: h.WebSocketImpl }, rec.handlers);
    const [data, control] = await h.openSockets();
    await opening;

    control.serverClose(); // LXD closes control first when the command ends
    data.receive('');
    expect(data.closedWith).toBe(1000); // the operation only completes once this is closed
    await expect(rec.ended).resolves.toEqual({ reason: 'exit', code: 3 });
    expect(h.requests[1]?.url).toMatch(/\/1\.0\/operations\/op0\/wait\?project=staging&timeout=\d+$/);
    expect(rec.ends).toHaveLength(1);
  });

  it('reports a connection that closes without the end-of-output frame as dropped', async () => {
    const h = harness();
    const rec = recorder();
    const opening = openExecSession(h.client, { ...execOptions, WebSocketImpl: h.WebSocketImpl }, rec.handlers);
    const [data, control] = await h.openSockets();
    await opening;

    data.serverClose();
    await expect(rec.ended).resolves.toMatchObject({ reason: 'dropped' });
    expect(control.readyState).toBe(FakeSocket.CLOSED);
    expect(h.requests).toHaveLength(1); // no exit code to ask for
  });

  it('close() hangs up, then closes control (which kills the command) and data, and reports nothing', async () => {
    const h = harness();
    const rec = recorder();
    const opening = openExecSession(h.client, { ...execOptions, hangupMs: 10, WebSocketImpl: h.WebSocketImpl }, rec.handlers);
    const [data, control] = await h.openSockets();
    const session = await opening;

    session.close();
    expect(control.sent).toEqual([signalMessage(1)]);
    expect(control.closedWith).toBeUndefined();
    await expect.poll(() => control.closedWith).toBe(1000);
    expect(data.closedWith).toBe(1000);
    expect(rec.ends).toEqual([]);
  });

  it('close() of a console closes at once, with no signal', async () => {
    const h = harness();
    const opening = openConsoleSession(h.client, { project: 'default', instance: 'c1', width: 80, height: 24, WebSocketImpl: h.WebSocketImpl }, recorder().handlers);
    const [data, control] = await h.openSockets();
    (await opening).close();
    expect(control.sent).toEqual([]);
    expect(control.closedWith).toBe(1000);
    expect(data.closedWith).toBe(1000);
  });

  it('fails, closing what opened, when a socket cannot connect', async () => {
    const h = harness();
    const opening = openExecSession(h.client, { ...execOptions, WebSocketImpl: h.WebSocketImpl }, recorder().handlers);
    await expect.poll(() => h.sockets.length).toBe(2);
    h.sockets[0]?.open();
    h.sockets[1]?.serverClose();
    await expect(opening).rejects.toThrow('Could not connect to the terminal websocket');
    expect(h.sockets[0]?.readyState).toBe(FakeSocket.CLOSED);
  });
});

describe('openFirstAvailable', () => {
  it('falls back to the next command when LXD answers "Command not found"', async () => {
    const h = harness([{ error: 'Command not found' }, { code: 0 }]);
    const rec = recorder();
    const commands: string[][] = [];
    const opening = openFirstAvailable(
      h.client,
      { ...execOptions, commands: [['bash', '-l'], ['sh', '-l']], WebSocketImpl: h.WebSocketImpl },
      { ...rec.handlers, onCommand: (command) => commands.push(command) },
    );
    const [firstData, firstControl] = await h.openSockets(0);
    const session = await opening;
    firstControl.serverClose();
    firstData.receive('');

    session.write('early');
    session.resize(90, 20);
    const [secondData] = await h.openSockets(1);
    expect(commands).toEqual([['bash', '-l'], ['sh', '-l']]);
    expect(h.requests.filter((r) => r.method === 'POST').map((r) => (r.body as { command: string[] }).command)).toEqual([
      ['bash', '-l'],
      ['sh', '-l'],
    ]);
    expect(h.requests.at(-1)?.body).toMatchObject({ width: 90, height: 20 });
    // Input typed while sh starts reaches it as soon as it is attached, before its first prompt,
    // as typeahead does (busybox ash then does not ask the terminal for the cursor position).
    expect(firstData.sent).toEqual([]);
    await expect.poll(() => secondData.sent).toEqual([new TextEncoder().encode('early')]);
    session.write('x');
    expect(secondData.sent).toHaveLength(2);
    expect(rec.ends).toEqual([]);
  });

  it('sends input at once to a command that has printed nothing yet', async () => {
    const h = harness();
    const opening = openFirstAvailable(h.client, { ...execOptions, commands: [['cat']], WebSocketImpl: h.WebSocketImpl }, recorder().handlers);
    const [data] = await h.openSockets();
    const session = await opening;
    session.write('a');
    expect(data.sent).toEqual([new TextEncoder().encode('a')]);
  });

  it('falls back with what was already sent when LXD says "Command not found" late', async () => {
    const h = harness([{ error: 'Command not found' }, { code: 0 }]);
    const rec = recorder();
    const opening = openFirstAvailable(
      h.client,
      { ...execOptions, commands: [['bash', '-l'], ['sh', '-l']], WebSocketImpl: h.WebSocketImpl },
      rec.handlers,
    );
    const [firstData, firstControl] = await h.openSockets(0);
    const session = await opening;
    session.write('ls');
    expect(firstData.sent).toEqual([new TextEncoder().encode('ls')]);
    // A busy server says only now that bash is missing: it never ran, so sh gets the input.
    firstControl.serverClose();
    firstData.receive('');
    session.write('\r');
    const [secondData] = await h.openSockets(1);
    await expect.poll(() => secondData.sent).toEqual([new TextEncoder().encode('ls'), new TextEncoder().encode('\r')]);
    expect(rec.ends).toEqual([]);
  });

  it('does not try the next command once the first has printed something', async () => {
    const h = harness([{ error: 'Command not found' }, { code: 0 }]);
    const rec = recorder();
    const opening = openFirstAvailable(
      h.client,
      { ...execOptions, commands: [['bash', '-l'], ['sh', '-l']], WebSocketImpl: h.WebSocketImpl },
      rec.handlers,
    );
    const [data, control] = await h.openSockets(0);
    await opening;
    data.receive(new TextEncoder().encode('bash: thing: command not found\r\n'));
    control.serverClose();
    data.receive('');
    await expect(rec.ended).resolves.toEqual({ reason: 'failed', message: 'Command not found' });
    expect(h.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('reports the failure of the last command', async () => {
    const h = harness([{ error: 'Command not found' }]);
    const rec = recorder();
    const opening = openFirstAvailable(h.client, { ...execOptions, commands: [['zsh']], WebSocketImpl: h.WebSocketImpl }, rec.handlers);
    const [data] = await h.openSockets();
    await opening;
    data.receive('');
    await expect(rec.ended).resolves.toEqual({ reason: 'failed', message: 'Command not found' });
  });
});

describe('openConsoleSession', () => {
  it('POSTs a console request and ends when LXD ends the output', async () => {
    const h = harness();
    const rec = recorder();
    const opening = openConsoleSession(h.client, { project: 'default', instance: 'c1', width: 80, height: 24, WebSocketImpl: h.WebSocketImpl }, rec.handlers);
    const [data] = await h.openSockets();
    await opening;
    expect(h.requests[0]).toMatchObject({
      method: 'POST',
      url: 'https://lxd.test/1.0/instances/c1/console?project=default',
      body: { type: 'console', width: 80, height: 24 },
    });
    data.receive('');
    await expect(rec.ended).resolves.toEqual({ reason: 'ended' });
  });
});
