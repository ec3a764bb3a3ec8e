import { describe, expect, it } from 'vitest';
import { LxdClient } from './client';
import { readConsoleLog } from './console';

function client(status: number, body: string, urls: string[] = []) {
  const fetchImpl: typeof fetch = async (input) => {
    urls.push(String(input));
    return new Response(body, { status });
  };
  return new LxdClient({ id: 'local', baseUrl: '', fetch: fetchImpl });
}

const envelope = (code: number, error: string) =>
  JSON.stringify({ type: 'error', status: '', status_code: 0, operation: '', error_code: code, error, metadata: null });

describe('readConsoleLog', () => {
  it('returns the log text', async () => {
    const urls: string[] = [];
    await expect(readConsoleLog(client(200, 'booting\r\n', urls), 'staging', 'c1')).resolves.toBe('booting\r\n');
    expect(urls).toEqual(['/1.0/instances/c1/console?project=staging']);
  });

  it('treats the missing log of LXD 5.0.2 as empty', async () => {
    await expect(readConsoleLog(client(500, envelope(500, 'open : no such file or directory'), []), 'default', 'c1')).resolves.toBe('');
  });

  it("passes other errors on with LXD's message", async () => {
    await expect(readConsoleLog(client(500, envelope(500, 'Failed to get console'), []), 'default', 'c1')).rejects.toThrow(
      'Failed to get console',
    );
  });
});
