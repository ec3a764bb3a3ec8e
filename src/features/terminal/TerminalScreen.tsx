import { useState } from 'react';
import type { StreamKind } from './streamMessage';
import { streamMessage } from './streamMessage';
import { useFullscreen } from './useFullscreen';
import { useTerminalStream, type ConnectStream } from './useTerminalStream';
import { useXterm } from './useXterm';
import './terminal.css';

interface TerminalScreenProps {
  /** Accessible name of the terminal region, e.g. "Terminal of c1". */
  label: string;
  kind: StreamKind;
  connect: ConnectStream;
  /** A new key closes the current stream and opens another. */
  sessionKey: string;
  /** What runs, shown beside the status while connected (e.g. `sh -l as uid 1000`). */
  detail?: string;
}

/** An xterm terminal attached to an LXD stream, with its status line, Reconnect and full screen. */
export function TerminalScreen({ label, kind, connect, sessionKey, detail }: TerminalScreenProps) {
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [screen, setScreen] = useState<HTMLDivElement | null>(null);
  const terminal = useXterm(screen);
  const { status, reconnect } = useTerminalStream(screen, terminal, connect, sessionKey);
  const { isFullscreen, toggle } = useFullscreen(frame);
  const message = streamMessage(status, kind);

  return (
    <div className="terminal-frame" ref={setFrame} data-stream-state={status.state}>
      <div className="terminal-bar">
        <span role="status" className={message.canReconnect ? 'terminal-status terminal-status-ended' : 'terminal-status'}>
          {message.text}
        </span>
        {detail && status.state === 'open' && (
          <span className="terminal-command muted">
            Running <code>{detail}</code>
          </span>
        )}
        {message.canReconnect && (
          <button type="button" className="button button-primary" onClick={reconnect}>
            Reconnect
          </button>
        )}
        <button data-view="" type="button" className="button" aria-pressed={isFullscreen} onClick={toggle}>
          {isFullscreen ? 'Exit full screen' : 'Full screen'}
        </button>
        <span className="muted terminal-hint">Copy: Ctrl+Shift+C · Paste: Ctrl+Shift+V</span>
      </div>
      <div className="terminal-screen" ref={setScreen} role="region" aria-label={label} />
    </div>
  );
}
