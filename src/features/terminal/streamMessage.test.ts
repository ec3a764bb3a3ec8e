import { describe, expect, it } from 'vitest';
import { LxdError } from '@/lxd';
import { streamMessage } from './streamMessage';

describe('streamMessage', () => {
  it('shows the exit code and offers Reconnect', () => {
    expect(streamMessage({ state: 'ended', end: { reason: 'exit', code: 3 } }, 'shell')).toEqual({
      text: 'The shell exited with code 3.',
      canReconnect: true,
    });
  });

  it('says a dropped connection is one', () => {
    expect(streamMessage({ state: 'ended', end: { reason: 'dropped', message: 'x' } }, 'shell').text).toMatch(/connection was lost/);
  });

  it("passes LXD's own message on", () => {
    const error = new LxdError({ message: 'Instance is not running', status: 400, url: '/1.0/instances/c1/exec', kind: 'http' });
    expect(streamMessage({ state: 'error', error }, 'shell').text).toBe('Could not connect: Instance is not running');
    expect(streamMessage({ state: 'ended', end: { reason: 'failed', message: 'Command not found' } }, 'shell').text).toBe(
      'LXD could not run the command: Command not found',
    );
  });

  it('offers no Reconnect while connecting or connected', () => {
    expect(streamMessage({ state: 'connecting' }, 'console').canReconnect).toBe(false);
    expect(streamMessage({ state: 'open' }, 'console').canReconnect).toBe(false);
  });
});
