import { useState, type FormEvent } from 'react';
import { errorText } from '@/components/ErrorState';
import { MIN_P12_PASSWORD, passwordStrength } from '@/lib/passwordStrength';
import { CertificateFiles } from './CertificateFiles';
import { VALIDITY_YEARS } from './crypto/clientCertificate';
import { certificateNames, useCreateCertificate } from './useCreateCertificate';

export function CreateCertificate({ hostname }: { hostname: string }) {
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [tooShort, setTooShort] = useState(false);
  const create = useCreateCertificate(hostname);
  const { commonName } = certificateNames(hostname);
  const strength = passwordStrength(password);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const short = [...password].length < MIN_P12_PASSWORD;
    setTooShort(short);
    if (short) return;
    if (password !== repeated) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    // Kept while the certificate is made, so a failure loses nothing; no longer needed after.
    create.mutate(password, {
      onSuccess: () => {
        setPassword('');
        setRepeated('');
      },
    });
  };

  return (
    <section className="setup-card" aria-labelledby="create-certificate-heading">
      <h2 id="create-certificate-heading">Create a certificate in this browser</h2>
      <p>
        A key pair and a self-signed certificate named <code>{commonName}</code> (ECDSA P-384, valid {VALIDITY_YEARS}{' '}
        years) are made here, in this page. The private key is never sent anywhere: it is only saved in the .p12
        file, encrypted with the password you choose.
      </p>
      <form className="setup-form" onSubmit={submit}>
        <label htmlFor="p12-password">Password for the .p12 file</label>
        <input
          id="p12-password"
          className="input"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
            if (tooShort && [...event.target.value].length >= MIN_P12_PASSWORD) setTooShort(false);
          }}
          aria-describedby="p12-password-hint p12-password-strength"
          aria-invalid={tooShort}
          aria-errormessage={tooShort ? 'p12-password-short' : undefined}
        />
        <p id="p12-password-hint" className="setup-hint">
          At least {MIN_P12_PASSWORD} characters: the file holds the private key, and whoever copies it can guess at the
          password offline. A few unrelated words work well. You type it again when importing the file.
        </p>
        {password && (
          <p id="p12-password-strength" className="setup-hint" aria-live="polite">
            Strength: {strength.strength}
            {strength.strength === 'weak' && ' (longer, or mix letters, digits and signs)'}
          </p>
        )}
        {tooShort && (
          <p id="p12-password-short" className="field-error" role="alert">
            The password needs at least {MIN_P12_PASSWORD} characters.
          </p>
        )}
        <label htmlFor="p12-password-repeat">Repeat the password</label>
        <input
          id="p12-password-repeat"
          className="input"
          type="password"
          autoComplete="new-password"
          required
          value={repeated}
          onChange={(event) => setRepeated(event.target.value)}
          aria-invalid={mismatch}
          aria-errormessage={mismatch ? 'p12-password-mismatch' : undefined}
        />
        {mismatch && (
          <p id="p12-password-mismatch" className="field-error" role="alert">
            The two passwords differ.
          </p>
        )}
        {create.isError && (
          <p className="field-error" role="alert">
            The certificate could not be made: {errorText(create.error)}
          </p>
        )}
        <div>
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create certificate'}
          </button>
        </div>
      </form>
      {create.data && <CertificateFiles downloads={create.data} />}
    </section>
  );
}
