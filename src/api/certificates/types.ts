import type { LxdServer } from '@/lxd';

/** `GET /1.0/certificates/<fingerprint>`. */
export interface LxdCertificate {
  name: string;
  type: 'client' | 'metrics' | string;
  restricted: boolean;
  /** Projects a restricted certificate may use. */
  projects: string[] | null;
  certificate: string;
  fingerprint: string;
}

/**
 * Newer LXD names the caller in `GET /1.0` (for TLS clients, the certificate's fingerprint).
 * LXD 5.0 sends neither field.
 */
export interface LxdServerWithCaller extends LxdServer {
  auth_user_name?: string;
  auth_user_method?: string;
}

/** What LXD 5.0 puts in a certificate add token (`lxc config trust add --name <name>`), base64 JSON. */
export interface LxdTrustToken {
  client_name: string;
  fingerprint: string;
  addresses: string[];
  secret: string;
  /** "0001-01-01T00:00:00Z" when the token does not expire. */
  expires_at?: string;
}
