import { callerFingerprint, isLimitedClient } from '@/api/certificates/access';
import type { LxdCertificate, LxdServerWithCaller } from '@/api/certificates/types';
import { certificateFacts } from '@/lib/x509';

/** A row of the trust list: LXD's record and what its PEM says. */
export interface CertificateRow {
  certificate: LxdCertificate;
  /** From the certificate's validity; undefined when the PEM cannot be read. */
  expiresAt?: Date;
  commonName?: string;
  /** The certificate this browser presents. */
  thisBrowser: boolean;
}

/**
 * Which listed certificate this browser presents: the one newer LXD names in `GET /1.0`, the one
 * LXD's request log named (LXD 5.0, admins), or, for a restricted certificate, the only one LXD
 * lists to it (LXD 5.0 lists a restricted client its own certificate alone).
 */
export function thisBrowserFingerprint(
  server: LxdServerWithCaller,
  certificates: readonly LxdCertificate[],
  logged: string | null | undefined,
): string | undefined {
  const named = callerFingerprint(server) ?? logged ?? undefined;
  if (named) return named;
  if (isLimitedClient(server) && certificates.length === 1) return certificates[0]?.fingerprint;
  return undefined;
}

export function certificateRows(certificates: readonly LxdCertificate[], thisBrowser: string | undefined): CertificateRow[] {
  return certificates.map((certificate) => {
    const facts = certificateFacts(certificate.certificate);
    return {
      certificate,
      expiresAt: facts?.notAfter,
      commonName: facts?.commonName,
      thisBrowser: !!thisBrowser && certificate.fingerprint === thisBrowser,
    };
  });
}

/** `all projects` or the projects a restricted certificate may use. */
export function accessText(certificate: Pick<LxdCertificate, 'restricted' | 'projects' | 'type'>): string {
  if (certificate.type === 'metrics') return certificate.restricted ? `metrics of ${projectList(certificate.projects)}` : 'metrics of all projects';
  return certificate.restricted ? projectList(certificate.projects) : 'all projects';
}

function projectList(projects: readonly string[] | null): string {
  return projects && projects.length > 0 ? [...projects].sort().join(', ') : 'no project';
}

/** The first 12 hex digits, as `lxc config trust list` shows them. */
export const shortFingerprint = (fingerprint: string) => fingerprint.slice(0, 12);

export type ExpiryState = 'expired' | 'soon' | 'valid' | 'unknown';

const SOON_MS = 30 * 24 * 3600_000;

/** Expired, within 30 days, or later. */
export function expiryState(expiresAt: Date | undefined, now = Date.now()): ExpiryState {
  if (!expiresAt) return 'unknown';
  const left = expiresAt.getTime() - now;
  return left <= 0 ? 'expired' : left < SOON_MS ? 'soon' : 'valid';
}

/** What the form's fields hold: name, and who the certificate lets in. */
export interface TrustFormValues {
  name: string;
  restricted: boolean;
  projects: string[];
}

export type TrustFormField = 'name' | 'projects';

/** Problems LXD would refuse (or that would give a certificate nobody can use), per field. */
export function trustFormProblems(values: TrustFormValues): Partial<Record<TrustFormField, string>> {
  const problems: Partial<Record<TrustFormField, string>> = {};
  if (!values.name.trim()) problems.name = 'A name is needed.';
  if (values.restricted && values.projects.length === 0) problems.projects = 'Choose at least one project, or leave it unrestricted.';
  return problems;
}

/** Whether a pasted or uploaded text holds a PEM certificate, and its facts. */
export function readPem(text: string): { ok: true; commonName?: string; expiresAt: Date } | { ok: false; problem: string } {
  if (!text.trim()) return { ok: false, problem: 'Choose a file or paste a certificate.' };
  if (/PRIVATE KEY-----/.test(text)) return { ok: false, problem: 'This is a private key. Give the certificate (.crt) only; the key stays with its owner.' };
  const facts = certificateFacts(text);
  if (!facts) return { ok: false, problem: 'No PEM certificate found (-----BEGIN CERTIFICATE----- …).' };
  return { ok: true, commonName: facts.commonName, expiresAt: facts.notAfter };
}
