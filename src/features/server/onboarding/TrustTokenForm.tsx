import { useState, type FormEvent } from 'react';
import { useRedeemTrustToken } from '@/api/certificates/mutations';
import { decodeTrustToken, normalizeTrustToken, trustTokenExpiry } from '@/api/certificates/trustToken';
import { errorText } from '@/components/ErrorState';
import { explainTokenError } from './tokenErrors';
import { ActionButton } from '@/components/reasons';

export function TrustTokenForm() {
  // The field keeps what was typed whatever LXD answers; only success leaves this page.
  const [text, setText] = useState('');
  const redeem = useRedeemTrustToken();
  const token = normalizeTrustToken(text);
  const decoded = token ? decodeTrustToken(token) : null;
  const expiry = decoded ? trustTokenExpiry(decoded) : null;
  const explanation = redeem.isError ? explainTokenError(redeem.error) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token) redeem.mutate(text);
  };

  return (
    <section className="setup-card" aria-labelledby="trust-token-heading">
      <h2 id="trust-token-heading">Or redeem a trust token</h2>
      <p>
        For a browser that already presents a certificate the server does not trust yet (such as one made above, once
        imported). On the server run <code>{'lxc config trust add --name <name>'}</code> and paste the token it prints:
        LXD then trusts the certificate this browser presents, with no file to copy. Add{' '}
        <code>{'--restricted --projects <name,…>'}</code> to limit it to some projects.
      </p>
      <form className="setup-form" onSubmit={submit}>
        <label htmlFor="trust-token">Trust token</label>
        <textarea
          id="trust-token"
          className="input setup-token"
          rows={3}
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby="trust-token-hint"
          aria-invalid={redeem.isError}
        />
        <p id="trust-token-hint" className="setup-hint">
          {decoded
            ? `Token for “${decoded.client_name}” from ${decoded.addresses.join(', ') || 'this server'}${
                expiry ? `, valid until ${expiry.toLocaleString()}` : ''
              }.`
            : token
              ? 'This is not a token as lxc config trust add prints it; LXD will decide.'
              : 'A token works once, for the certificate presented when it is redeemed.'}
        </p>
        {redeem.isError && (
          <div className="field-error" role="alert">
            <p>LXD refused the token: {errorText(redeem.error)}</p>
            {explanation && <p>{explanation}</p>}
          </div>
        )}
        <div>
          <ActionButton write type="submit" className="button button-primary" disabled={redeem.isPending || !token}>
            {redeem.isPending ? 'Checking the token…' : 'Trust this browser'}
          </ActionButton>
        </div>
      </form>
    </section>
  );
}
