import type { LxdClient } from './client';
import { isLxdError, LxdError } from './errors';
import type { LxdOperation } from './types';

/**
 * Interactive exec and console streams. LXD answers the POST with an operation whose `fds` hold
 * one secret per websocket: "0" carries the terminal both ways, "control" takes JSON commands
 * (resize, signal). Both must connect within 5 s or LXD gives up.
 *
 * Wire rules (LXD 5.0.2, seen): data frames are BINARY both ways; a TEXT frame means
 * end-of-input to LXD, and LXD itself sends an empty TEXT frame when the output is over. The
 * operation only finishes once the data socket is closed, so that frame is answered by closing
 * it. Closing the control socket makes LXD kill the command (SIGKILL, exit 137; the shell's
 * foreground job gets SIGHUP from the closed pty); jobs put in the background survive that, as
 * after any hangup, unless the shell passes the SIGHUP sent just before on to them (bash does).
 */

export type WebSocketConstructor = new (url: string) => WebSocket;

/** How a stream ended, as the terminal should tell it. */
export type StreamEnd =
  /** The command ended; `code` is LXD's `metadata.return`. */
  | { reason: 'exit'; code: number }
  /** LXD could not run the command (e.g. "Command not found"). */
  | { reason: 'failed'; message: string }
  /** The connection went away before LXD said the output was over. */
  | { reason: 'dropped'; message: string }
  /** LXD ended a console stream (e.g. the instance stopped). */
  | { reason: 'ended' };

export interface StreamHandlers {
  onData(bytes: Uint8Array): void;
  /** Called once, unless the stream was closed with close(). */
  onEnd(end: StreamEnd): void;
}

export interface TerminalStream {
  /** Sends input as bytes; strings are UTF-8 encoded first (never sent as a TEXT frame). */
  write(data: Uint8Array | string): void;
  resize(cols: number, rows: number): void;
  signal(signal: number): void;
  /** Closes both sockets; for exec this kills the command. No onEnd follows. */
  close(): void;
}

export interface StreamOptions {
  project: string;
  signal?: AbortSignal;
  WebSocketImpl?: WebSocketConstructor;
  /** How long to wait for each socket to open (LXD waits 5 s for them). */
  connectTimeoutMs?: number;
  /**
   * close() sends SIGHUP and waits this long before closing the sockets (which kills the
   * command); 0 closes at once. For exec only: a console has no command to hang up.
   */
  hangupMs?: number;
}

export interface ExecOptions extends StreamOptions {
  instance: string;
  command: string[];
  /** uid to run as; omitted means LXD's default (root). */
  user?: number;
  group?: number;
  cwd?: string;
  environment?: Record<string, string>;
  width: number;
  height: number;
}

export interface ConsoleOptions extends StreamOptions {
  instance: string;
  width: number;
  height: number;
}

const encoder = new TextEncoder();
const SIGHUP = 1;
/** Time a shell gets to pass a hangup on to its jobs before LXD kills it. */
const DEFAULT_HANGUP_MS = 300;
/** Input kept for a command that may turn out missing (a paste into a silent command can be large). */
const UNANSWERED_LIMIT = 64 * 1024;

/** The body of `POST /1.0/instances/<name>/exec` for an interactive session. */
export function execRequest(options: Omit<ExecOptions, keyof StreamOptions | 'instance'>): Record<string, unknown> {
  return {
    command: options.command,
    interactive: true,
    'wait-for-websocket': true,
    'record-output': false,
    environment: { TERM: 'xterm-256color', ...options.environment },
    width: options.width,
    height: options.height,
    ...(options.user !== undefined ? { user: options.user } : {}),
    ...(options.group !== undefined ? { group: options.group } : {}),
    ...(options.cwd ? { cwd: options.cwd } : {}),
  };
}

/** The control message for a terminal size; LXD wants the numbers as strings. */
export function resizeMessage(cols: number, rows: number): string {
  return JSON.stringify({ command: 'window-resize', args: { width: String(cols), height: String(rows) } });
}

export function signalMessage(signal: number): string {
  return JSON.stringify({ command: 'signal', signal });
}

/** Starts an interactive command in an instance and attaches to it. */
export function openExecSession(client: LxdClient, options: ExecOptions, handlers: StreamHandlers): Promise<TerminalStream> {
  const { instance, project } = options;
  return openOperationStream(
    client,
    `/1.0/instances/${encodeURIComponent(instance)}/exec`,
    execRequest(options),
    { ...options, hangupMs: options.hangupMs ?? DEFAULT_HANGUP_MS },
    handlers,
    async (operationId) => {
      try {
        const operation = await client.waitOperation(operationId, { project, timeoutMs: 15_000 });
        return { reason: 'exit', code: exitCode(operation) ?? 0 };
      } catch (error) {
        if (isLxdError(error) && error.kind === 'operation') {
          return { reason: 'failed', message: error.message };
        }
        throw error;
      }
    },
  );
}

/**
 * Like openExecSession, trying each command in turn while LXD answers "Command not found"
 * (the default shell: `bash -l` where there is one, else `sh -l`). The returned stream follows
 * whichever command runs. Input goes to the current command at once, as typeahead goes to a
 * terminal; a missing command fails before printing anything, so what was sent to a command
 * that has printed nothing yet is kept and, if LXD says it was not found (a busy server may
 * take seconds to say so), sent to the next command as soon as that one is attached. Sending
 * it only after the next command printed would be too late for shells that ask the terminal
 * something in their first prompt: busybox ash asks for the cursor position unless input is
 * already waiting, and the terminal's answer would then arrive after the typed line.
 */
export async function openFirstAvailable(
  client: LxdClient,
  options: Omit<ExecOptions, 'command'> & { commands: string[][] },
  handlers: StreamHandlers & { onCommand?(command: string[]): void },
): Promise<TerminalStream> {
  const { commands, ...rest } = options;
  let current: TerminalStream | undefined;
  let closed = false;
  // Typed while the next command is being started.
  let held: (Uint8Array | string)[] = [];
  // Sent to the current command before it printed anything (it may yet turn out missing);
  // null once it printed, or once that would keep more than UNANSWERED_LIMIT.
  let unanswered: (Uint8Array | string)[] | null = [];
  let unansweredLength = 0;
  let size = { width: rest.width, height: rest.height };

  const send = (input: Uint8Array | string) => {
    if (!current) {
      held.push(input);
      return;
    }
    if (unanswered) {
      unansweredLength += input.length;
      if (unansweredLength > UNANSWERED_LIMIT) unanswered = null;
      else unanswered.push(input);
    }
    current.write(input);
  };
  const attempt = async (index: number): Promise<TerminalStream> => {
    const command = commands[index] ?? [];
    handlers.onCommand?.(command);
    unanswered = [];
    unansweredLength = 0;
    let printed = false;
    const stream = await openExecSession(client, { ...rest, ...size, command }, {
      onData: (bytes) => {
        printed = true;
        unanswered = null;
        handlers.onData(bytes);
      },
      onEnd: (end) => {
        const missing = end.reason === 'failed' && /command not found/i.test(end.message);
        if (missing && !printed && unanswered && !closed && index + 1 < commands.length) {
          // The command never ran: what it was sent goes to the next one.
          held = [...unanswered, ...held];
          current = undefined;
          attempt(index + 1).catch((error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            handlers.onEnd(isLxdError(error) && error.isUnreachable ? { reason: 'dropped', message } : { reason: 'failed', message });
          });
          return;
        }
        handlers.onEnd(end);
      },
    });
    if (closed) {
      stream.close();
      return stream;
    }
    current = stream;
    const waiting = held;
    held = [];
    for (const input of waiting) send(input);
    return stream;
  };
  await attempt(0);
  return {
    write: send,
    resize: (cols, rows) => {
      size = { width: cols, height: rows };
      current?.resize(cols, rows);
    },
    signal: (signal) => current?.signal(signal),
    close: () => {
      closed = true;
      current?.close();
    },
  };
}

/** Attaches to the text console of a running instance. */
export function openConsoleSession(client: LxdClient, options: ConsoleOptions, handlers: StreamHandlers): Promise<TerminalStream> {
  return openOperationStream(
    client,
    `/1.0/instances/${encodeURIComponent(options.instance)}/console`,
    { type: 'console', width: options.width, height: options.height },
    { ...options, hangupMs: 0 },
    handlers,
    async () => ({ reason: 'ended' }),
  );
}

function exitCode(operation: LxdOperation): number | undefined {
  const value = operation.metadata?.['return'];
  return typeof value === 'number' ? value : undefined;
}

function fdSecrets(operation: LxdOperation): { data: string; control: string } {
  const fds = operation.metadata?.['fds'] as Record<string, unknown> | undefined;
  const data = fds?.['0'];
  const control = fds?.['control'];
  if (typeof data !== 'string' || typeof control !== 'string') {
    throw new LxdError({ message: 'LXD did not offer the terminal websockets', status: 0, url: '', kind: 'http' });
  }
  return { data, control };
}

/**
 * POSTs, connects the data and control sockets, and resolves once both are open. `finish`
 * turns a clean end (LXD's end-of-output frame) into a StreamEnd, e.g. by reading the exit code.
 */
async function openOperationStream(
  client: LxdClient,
  path: string,
  body: unknown,
  options: StreamOptions,
  handlers: StreamHandlers,
  finish: (operationId: string) => Promise<StreamEnd>,
): Promise<TerminalStream> {
  const { project, signal } = options;
  const response = await client.request<unknown>('POST', path, { project, body, signal });
  if (response.type !== 'async') {
    throw new LxdError({ message: `Unexpected answer to POST ${path}`, status: 200, url: path, kind: 'http' });
  }
  const operation = response.operation;
  const secrets = fdSecrets(operation);
  const Impl = options.WebSocketImpl ?? WebSocket;
  const socketUrl = (secret: string) =>
    client.websocketUrl(`/1.0/operations/${encodeURIComponent(operation.id)}/websocket`, { query: { secret } });

  const data = new Impl(socketUrl(secrets.data));
  const control = new Impl(socketUrl(secrets.control));
  data.binaryType = 'arraybuffer';

  let closedByUs = false;
  let ended = false;
  let outputOver = false;
  const end = (result: StreamEnd) => {
    if (ended || closedByUs) return;
    ended = true;
    handlers.onEnd(result);
  };
  const closeAll = () => {
    // Control first: that is what makes LXD stop the command.
    for (const socket of [control, data]) {
      if (socket.readyState === socket.CONNECTING || socket.readyState === socket.OPEN) socket.close(1000);
    }
  };
  const dropped = () => end({ reason: 'dropped', message: 'The connection to the instance was lost.' });

  data.onmessage = (message: MessageEvent) => {
    if (typeof message.data === 'string') {
      // LXD's end-of-output; the operation completes once the data socket is closed.
      outputOver = true;
      data.close(1000);
      if (!closedByUs) finish(operation.id).then(end, () => dropped());
      return;
    }
    handlers.onData(new Uint8Array(message.data as ArrayBuffer));
  };
  const onSocketClosed = () => {
    if (outputOver || closedByUs) return;
    // Without the end-of-output frame the output may be incomplete: a drop, not an exit.
    if (data.readyState === data.CLOSED || data.readyState === data.CLOSING) {
      closeAll();
      dropped();
    }
  };
  data.onclose = onSocketClosed;
  control.onclose = () => {
    // LXD closes control on its side first when the command ends; the data socket still
    // delivers the rest of the output and the end-of-output frame.
  };

  const timeoutMs = options.connectTimeoutMs ?? 5_000;
  try {
    await Promise.all([whenOpen(data, timeoutMs, signal), whenOpen(control, timeoutMs, signal)]);
  } catch (error) {
    closedByUs = true;
    closeAll();
    throw error;
  }

  return {
    write: (input) => {
      if (data.readyState !== data.OPEN) return;
      data.send(typeof input === 'string' ? encoder.encode(input) : input);
    },
    resize: (cols, rows) => {
      if (control.readyState === control.OPEN) control.send(resizeMessage(cols, rows));
    },
    signal: (number) => {
      if (control.readyState === control.OPEN) control.send(signalMessage(number));
    },
    close: () => {
      if (closedByUs) return;
      closedByUs = true;
      const hangupMs = options.hangupMs ?? 0;
      if (hangupMs > 0 && control.readyState === control.OPEN) {
        // A hangup first, as a terminal closing sends: bash passes it on to its jobs and saves
        // its history. Closing control then makes LXD kill whatever is still running.
        control.send(signalMessage(SIGHUP));
        setTimeout(closeAll, hangupMs);
      } else {
        closeAll();
      }
    },
  };
}

function whenOpen(socket: WebSocket, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.readyState === socket.OPEN) return resolve();
    const fail = (message: string, kind: 'network' | 'timeout' | 'aborted') => {
      cleanup();
      reject(new LxdError({ message, status: 0, url: socket.url, kind }));
    };
    const onOpen = () => {
      cleanup();
      resolve();
    };
    const onClose = () => fail('Could not connect to the terminal websocket', 'network');
    const onAbort = () => fail('Cancelled', 'aborted');
    const timer = setTimeout(() => fail('The terminal websocket did not open in time', 'timeout'), timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      socket.removeEventListener('open', onOpen);
      socket.removeEventListener('close', onClose);
      signal?.removeEventListener('abort', onAbort);
    };
    socket.addEventListener('open', onOpen);
    socket.addEventListener('close', onClose);
    signal?.addEventListener('abort', onAbort);
  });
}
