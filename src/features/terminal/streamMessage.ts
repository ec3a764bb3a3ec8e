import type { StreamStatus } from './useTerminalStream';

export type StreamKind = 'shell' | 'console';

/** One sentence for the status line, and whether Reconnect makes sense. */
export function streamMessage(status: StreamStatus, kind: StreamKind): { text: string; canReconnect: boolean } {
  switch (status.state) {
    case 'connecting':
      return { text: kind === 'shell' ? 'Starting the shell…' : 'Attaching to the console…', canReconnect: false };
    case 'open':
      return { text: 'Connected', canReconnect: false };
    case 'error':
      return { text: `Could not connect: ${status.error instanceof Error ? status.error.message : String(status.error)}`, canReconnect: true };
    case 'ended': {
      const end = status.end;
      if (end.reason === 'exit') return { text: `The shell exited with code ${end.code}.`, canReconnect: true };
      if (end.reason === 'failed') return { text: `LXD could not run the command: ${end.message}`, canReconnect: true };
      if (end.reason === 'dropped') return { text: 'The connection was lost. The session has ended.', canReconnect: true };
      return { text: 'The console was closed.', canReconnect: true };
    }
  }
}
