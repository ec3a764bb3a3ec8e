import { describe, expect, it } from 'vitest';
import { certificateFacts, pemToDer } from './x509';

// Made with openssl: `req -x509 -days 2 -subj /CN=r1` (UTCTime) and `-days 10000
// -subj "/O=Example/CN=long-lived"`, whose notAfter is past 2049 and so a GeneralizedTime.
const SHORT = `-----BEGIN CERTIFICATE-----
MIIBrDCCATKgAwIBAgIUB3B+fpS2avhGd5wkywSMBYJqpnUwCgYIKoZIzj0EAwIw
DTELMAkGA1UEAwwCcjEwHhcNMjYxMjAzMDQ0NDMyWhcNMjYxMjA1MDQ0NDMyWjAN
MQswCQYDVQQDDAJyMTB2MBAGByqGSM49AgEGBSuBBAAiA2IABBrFayZ06d7t1tei
YZTmiX1HIa0SeVfkPj9dUxj9y1a6rvbzNGxH2dnidiSgmu0v3b8zrXcAoEZgbx1P
g3IIoADnPjYvkTPd2SPZgXiiPxJaF4XrMR9WVwTmKfpYiynMR6NTMFEwHQYDVR0O
BBYEFOMAjpkIw/Ru5K5qAYERrOhRpqtuMB8GA1UdIwQYMBaAFOMAjpkIw/Ru5K5q
AYERrOhRpqtuMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDaAAwZQIwZl5y
WOHVuQbbRrkEvp557kekEmFM0APRXmBTL+Ma4A5NZBq2pafWRUcZs2DBBoOkAjEA
3E01LcciDBiqGlQ+ZSML+Dlo19rvMr59qDnZM9oCJPb15h35FZ0Hrta8qMUAiadD
-----END CERTIFICATE-----
`;
const LONG = `-----BEGIN CERTIFICATE-----
MIIBpDCCAUugAwIBAgIUZW6gaOLww9v0Ky5LLy9/jrrdoIswCgYIKoZIzj0EAwIw
JzEQMA4GA1UECgwHRXhhbXBsZTETMBEGA1UEAwwKbG9uZy1saXZlZDAgFw0yNjEy
MDMwNDQ1MzNaGA8yMDU0MDQyMDA0NDUzM1owJzEQMA4GA1UECgwHRXhhbXBsZTET
MBEGA1UEAwwKbG9uZy1saXZlZDBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABKs0
tweYEN3q/vibqYMp1qJcSE/mJUofpANnKvFMqEQJ1xVxtVWwhyy2yQYE9z8TvDl9
DpK337o4UsQtS1ROsCajUzBRMB0GA1UdDgQWBBSR0hY0eagbHHbrgkrk9yYS2+3W
RTAfBgNVHSMEGDAWgBSR0hY0eagbHHbrgkrk9yYS2+3WRTAPBgNVHRMBAf8EBTAD
AQH/MAoGCCqGSM49BAMCA0cAMEQCIBAjaMSWClDdrPGcBD0LN2MBd2Y/owu5C5rg
AQ2W2rSfAiB3JIOn/sV2bRc3R1baAqpzHHjQfZqWatJKIBiscU5hpg==
-----END CERTIFICATE-----
`;

describe('certificateFacts', () => {
  it('reads validity (UTCTime) and the common name, as `openssl x509 -dates -subject` prints them', () => {
    expect(certificateFacts(SHORT)).toEqual({
      notBefore: new Date('2026-12-03T04:44:32Z'),
      notAfter: new Date('2026-12-05T04:44:32Z'),
      commonName: 'r1',
    });
  });

  it('reads a GeneralizedTime expiry and finds CN after other attributes', () => {
    expect(certificateFacts(`some text before\n${LONG}`)).toEqual({
      notBefore: new Date('2026-12-03T04:45:33Z'),
      notAfter: new Date('2054-04-20T04:45:33Z'),
      commonName: 'long-lived',
    });
  });

  it('returns null for what is not a certificate', () => {
    expect(certificateFacts('')).toBeNull();
    expect(certificateFacts('-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----')).toBeNull();
    expect(certificateFacts('-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----')).toBeNull();
    expect(pemToDer('no pem here')).toBeNull();
  });
});
