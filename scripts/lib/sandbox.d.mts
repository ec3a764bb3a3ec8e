// Types for sandbox.mjs, so the TypeScript e2e fixtures can import it.

export interface SandboxState {
  /** https://127.0.0.1:<port>/ui/ */
  url: string;
  port: number;
  lxdDir: string;
  /** Client certificate and key (PEM) the daemon trusts. */
  cert: string;
  key: string;
  /** The same pair as a password-protected PKCS#12 bundle for browsers. */
  p12: string;
  p12Password: string;
}

export interface SandboxStatus {
  name: string;
  running: boolean;
  pid: number | null;
  url: string | null;
  port: number | null;
  instances: number | null;
  lxdDir: string;
}

export interface UnixResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export const ROOT: string;
export const SANDBOX_ROOT: string;
export const DEFAULT_NAME: string;
export const DEFAULT_PORT: number;

export function validateName(name: string): string;
export function bridgeName(name: string): string;
export function readState(name: string): SandboxState | null;
export function sandboxPaths(name: string): { dir: string; lxdDir: string; cert: string; key: string; stateFile: string };

export function sandboxUp(opts?: {
  name?: string;
  port?: number;
  quiet?: boolean;
  /** Replaces the standalone preseed on the first start (called only then). */
  preseed?: () => Promise<unknown>;
}): Promise<SandboxState>;
export function sandboxDown(opts?: { name?: string; purge?: boolean; quiet?: boolean }): Promise<void>;
export function sandboxStatus(opts?: { name?: string }): Promise<SandboxStatus>;

/** Starts the daemon again (same dir and port); resolves once it answers. */
export function startDaemon(name: string, opts?: { port?: number; quiet?: boolean }): Promise<number | null>;
/** Stops the daemon (its containers first); resolves once nothing of it runs. */
export function stopDaemon(name: string, opts?: { quiet?: boolean; timeoutSeconds?: number }): Promise<number | null>;
export function daemonPid(name: string): number | null;

/** Runs `lxc` against the sandbox daemon; returns stdout, throws with stderr. */
export function lxc(name: string, args: string[], opts?: { input?: string; timeout?: number }): string;
export function unixRequest(
  name: string,
  method: string,
  apiPath: string,
  body?: unknown,
  opts?: { timeoutMs?: number },
): Promise<UnixResponse>;
export function api(name: string, method: string, apiPath: string, body?: unknown): Promise<unknown>;

export function ensureClientCertificate(
  name: string,
  log?: (msg: string) => void,
): { cert: string; key: string; p12: string; p12Password: string };
export function certFingerprint(pemFile: string): string;
export function buildBusyboxImage(log?: (msg: string) => void): string;
