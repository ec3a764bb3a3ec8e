import { describe, expect, it } from 'vitest';
import { LxdClient, LxdError } from '@/lxd';
import { redeemTrustToken } from './mutations';

interface Sent {
  method: string;
  url: string;
  body: unknown;
}

// LXD 5.0.2's answers to POST /1.0/certificates, as seen.
const answers = {
  trusted: { status: 200, body: { type: 'sync', status: 'Success', status_code: 200, error_code: 0, error: '', metadata: null } },
  refused: { status: 403, body: { type: 'error', error: 'not authorized', error_code: 403, metadata: null } },
  already: { status: 400, body: { type: 'error', error: 'Client is already trusted', error_code: 400, metadata: null } },
};

function clientAnswering(answer: { status: number; body: unknown }, sent: Sent[]) {
  return new LxdClient({
    id: 'local',
    baseUrl: '',
    fetch: async (input, init) => {
      sent.push({ method: init?.method ?? 'GET', url: String(input), body: JSON.parse(String(init?.body)) });
      return new Response(JSON.stringify(answer.body), { status: answer.status });
    },
  });
}

describe('redeemTrustToken', () => {
  it('posts the cleaned-up token in the field the server understands', async () => {
    const sent: Sent[] = [];
    const lxd50 = { api_extensions: ['certificate_token'] };
    await redeemTrustToken(clientAnswering(answers.trusted, sent), lxd50, '  Client a certificate add token:\nabc=\n');
    const newer = { api_extensions: ['certificate_token', 'explicit_trust_token'] };
    await redeemTrustToken(clientAnswering(answers.trusted, sent), newer, 'abc=');
    expect(sent).toEqual([
      { method: 'POST', url: '/1.0/certificates', body: { type: 'client', password: 'abc=' } },
      { method: 'POST', url: '/1.0/certificates', body: { type: 'client', trust_token: 'abc=' } },
    ]);
  });

  it("fails with LXD's own message when the token is refused", async () => {
    const failure = redeemTrustToken(clientAnswering(answers.refused, []), undefined, 'nope');
    await expect(failure).rejects.toBeInstanceOf(LxdError);
    await expect(failure).rejects.toMatchObject({ status: 403, message: 'not authorized' });
  });

  it('treats an already trusted browser as done', async () => {
    await expect(redeemTrustToken(clientAnswering(answers.already, []), undefined, 'x')).resolves.toBeUndefined();
  });
});
