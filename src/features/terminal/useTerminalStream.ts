import type { Terminal } from '@xterm/xterm';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { StreamEnd, StreamHandlers, TerminalStream } from '@/lxd/exec';

/** Opens a stream for the terminal's current size; the hook owns closing it. */
export type ConnectStream = (
  handlers: StreamHandlers,
  size: { cols: number; rows: number },
  signal: AbortSignal,
) => Promise<TerminalStream>;

export type StreamStatus =
  | { state: 'connecting' }
  | { state: 'open' }
  | { state: 'ended'; end: StreamEnd }
  | { state: 'error'; error: unknown };

/**
 * Connects an xterm terminal to an LXD stream: output is written as bytes (xterm decodes UTF-8
 * itself and keeps a character split across frames until its last byte arrives), keystrokes
 * go out as bytes, size changes become `window-resize`. Unmounting, a new `sessionKey` or
 * reconnect() closes the stream, which for exec makes LXD kill the command.
 */
export function useTerminalStream(
  element: HTMLElement | null,
  terminal: RefObject<Terminal | null>,
  connect: ConnectStream,
  sessionKey: string,
) {
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<{ attempt: number; key: string; status: StreamStatus } | null>(null);
  const connectRef = useRef(connect);
  useEffect(() => {
    connectRef.current = connect;
  });

  useEffect(() => {
    const term = terminal.current;
    if (!element || !term) return;
    const abort = new AbortController();
    let stream: TerminalStream | undefined;
    let disposed = false;
    const report = (next: StreamStatus) => {
      if (!disposed) setStatus({ attempt, key: sessionKey, status: next });
    };
    term.reset();
    term.focus();
    connectRef
      .current(
        {
          onData: (bytes) => term.write(bytes),
          onEnd: (end) => report({ state: 'ended', end }),
        },
        { cols: term.cols, rows: term.rows },
        abort.signal,
      )
      .then(
        (opened) => {
          if (disposed) return opened.close();
          stream = opened;
          // The panel may have changed size while connecting.
          opened.resize(term.cols, term.rows);
          report({ state: 'open' });
        },
        (error: unknown) => report({ state: 'error', error }),
      );
    const input = term.onData((data) => stream?.write(data));
    const binary = term.onBinary((data) => stream?.write(Uint8Array.from(data, (char) => char.charCodeAt(0))));
    const resize = term.onResize(({ cols, rows }) => stream?.resize(cols, rows));
    return () => {
      disposed = true;
      abort.abort();
      stream?.close();
      input.dispose();
      binary.dispose();
      resize.dispose();
    };
  }, [element, terminal, attempt, sessionKey]);

  const reconnect = () => setAttempt((value) => value + 1);
  const current = status && status.attempt === attempt && status.key === sessionKey ? status.status : { state: 'connecting' as const };
  return { status: current, reconnect };
}
