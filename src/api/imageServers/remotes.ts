import { parse as parseYaml } from 'yaml';

/** An image server (an `lxc` remote of protocol simplestreams), kept in this browser. */
export interface ImageServer {
  name: string;
  /** `https://…`, as `lxc remote add` takes it. */
  url: string;
  protocol: 'simplestreams';
}

/** An `lxc` remote of protocol `lxd` (another LXD server): kept for the servers list, not browsed here. */
export interface LxdRemote {
  name: string;
  url: string;
  protocol: 'lxd';
  project?: string;
  authType?: string;
  public?: boolean;
}

export interface RemotesData {
  servers: ImageServer[];
  lxdRemotes: LxdRemote[];
  /** When this browser last loaded each server's dashboard, by origin (ISO times); in exports only. */
  reached?: Record<string, string>;
}

/** `lxc`'s own simplestreams remotes (current LXD's `lxc remote list`). */
export const DEFAULT_IMAGE_SERVERS: readonly ImageServer[] = [
  { name: 'images', url: 'https://images.lxd.canonical.com', protocol: 'simplestreams' },
  { name: 'ubuntu', url: 'https://cloud-images.ubuntu.com/releases/', protocol: 'simplestreams' },
  { name: 'ubuntu-daily', url: 'https://cloud-images.ubuntu.com/daily/', protocol: 'simplestreams' },
  { name: 'ubuntu-minimal', url: 'https://cloud-images.ubuntu.com/minimal/releases/', protocol: 'simplestreams' },
  { name: 'ubuntu-minimal-daily', url: 'https://cloud-images.ubuntu.com/minimal/daily/', protocol: 'simplestreams' },
];

/** The format written by Export and read by Import. */
export const EXPORT_FORMAT = 'lxdeck-image-servers/1';

/** `lxc` remote names: no colon (it separates remote and image), no slash, no spaces. */
export function validateServerName(name: string, taken: readonly string[] = [], noun = 'An image server'): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'Enter a name';
  if (trimmed.length > 64) return 'At most 64 characters';
  if (/[\s:/]/.test(trimmed)) return 'A name cannot contain spaces, “:” or “/”';
  if (taken.includes(trimmed)) return `${noun} called “${trimmed}” already exists`;
  return undefined;
}

/** An https address; `example` is what the user could type, `why` why it must be https. */
function validateHttpsUrl(url: string, { example, why, originOnly }: { example: string; why: string; originOnly?: boolean }): string | undefined {
  const trimmed = url.trim();
  if (!trimmed) return 'Enter the server’s address';
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return `Not a URL: enter an address such as ${example}`;
  }
  if (parsed.protocol !== 'https:') return `${why}: the address must start with https://`;
  if (originOnly && (parsed.pathname !== '/' || parsed.search || parsed.hash)) return `Only the scheme, host and port: ${example}`;
  if (parsed.search || parsed.hash) return 'The address cannot have a query (?…) or fragment (#…)';
  return undefined;
}

/** An image server's address must be an https URL (LXD only pulls over HTTPS). */
export const validateServerUrl = (url: string) => validateHttpsUrl(url, { example: 'https://images.example.com', why: 'LXD only pulls images over HTTPS' });

/** An LXD server's API address: https, the host and port only (as `lxc remote add` takes it). */
export const validateLxdUrl = (url: string) =>
  validateHttpsUrl(url, { example: 'https://lxd.example.com:8443', why: 'LXD’s API is served over HTTPS', originOnly: true });

/** The address as stored: trimmed, and the URL parser's normal form. */
export function normaliseUrl(url: string): string {
  return new URL(url.trim()).toString();
}

/** The base every catalogue path is resolved against: the address with a trailing slash. */
export function catalogueBase(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export class RemotesImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RemotesImportError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkServer(value: unknown, where: string): ImageServer {
  if (!isRecord(value)) throw new RemotesImportError(`${where}: not an object`);
  const { name, url } = value;
  if (typeof name !== 'string') throw new RemotesImportError(`${where}: “name” is missing`);
  if (typeof url !== 'string') throw new RemotesImportError(`${where} (${name}): “url” is missing`);
  const nameError = validateServerName(name);
  if (nameError) throw new RemotesImportError(`${where} (${name}): ${nameError}`);
  const urlError = validateServerUrl(url);
  if (urlError) throw new RemotesImportError(`${where} (${name}): ${urlError}`);
  return { name: name.trim(), url: normaliseUrl(url), protocol: 'simplestreams' };
}

function checkLxdRemote(value: unknown, where: string): LxdRemote {
  if (!isRecord(value) || typeof value.name !== 'string' || typeof value.url !== 'string') {
    throw new RemotesImportError(`${where}: needs a “name” and a “url”`);
  }
  return {
    name: value.name,
    url: value.url,
    protocol: 'lxd',
    ...(typeof value.project === 'string' ? { project: value.project } : {}),
    ...(typeof value.authType === 'string' ? { authType: value.authType } : {}),
    ...(typeof value.public === 'boolean' ? { public: value.public } : {}),
  };
}

function noDuplicates(list: readonly { name: string }[], what: string) {
  const seen = new Set<string>();
  for (const { name } of list) {
    if (seen.has(name)) throw new RemotesImportError(`The file names the ${what} “${name}” twice`);
    seen.add(name);
  }
}

/** The JSON file Export writes. Throws RemotesImportError saying what is wrong. */
export function parseExportFile(text: string): RemotesData {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new RemotesImportError(`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    throw new RemotesImportError(`Not an image-server list exported by lxdeck (expected "format": "${EXPORT_FORMAT}")`);
  }
  if (!Array.isArray(data.servers)) throw new RemotesImportError('“servers” is missing or not a list');
  const servers = data.servers.map((entry, index) => checkServer(entry, `Server ${index + 1}`));
  const lxdRemotes = Array.isArray(data.lxdRemotes) ? data.lxdRemotes.map((entry, index) => checkLxdRemote(entry, `LXD server ${index + 1}`)) : [];
  noDuplicates(servers, 'image server');
  noDuplicates(lxdRemotes, 'LXD server');
  const reached = isRecord(data.reached) ? checkReached(data.reached) : undefined;
  return { servers, lxdRemotes, ...(reached ? { reached } : {}) };
}

/** `{origin: ISO time}`; entries that are not an https origin and a time are dropped. */
function checkReached(value: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => /^https:\/\/[^/]+$/.test(entry[0]) && typeof entry[1] === 'string' && !Number.isNaN(Date.parse(entry[1])),
    ),
  );
}

export function exportFile(data: RemotesData): string {
  const reached = data.reached && Object.keys(data.reached).length > 0 ? { reached: data.reached } : {};
  return `${JSON.stringify({ format: EXPORT_FORMAT, servers: data.servers, lxdRemotes: data.lxdRemotes, ...reached }, null, 2)}\n`;
}

/** Why a remote of `config.yml` is not imported, or undefined when it is. */
function skipReason(addr: string, protocol: string): string | undefined {
  if (addr.startsWith('unix:')) return 'the local unix socket: only lxc on that machine reaches it';
  if (protocol === 'simplestreams') return undefined;
  if (protocol !== 'lxd') return `protocol ${protocol}`;
  if (!/^https:\/\//.test(addr)) return 'not an https address';
  return undefined;
}

/**
 * An `lxc` `config.yml` (`remotes: {name: {addr, protocol, public, auth_type, project}}`):
 * simplestreams remotes become image servers, `lxd` remotes are kept apart. The local unix socket
 * remote and other protocols are skipped (named in `skipped`, each with its reason).
 */
export function parseLxcConfig(text: string): RemotesData & { skipped: string[] } {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RemotesImportError(`Not valid YAML: ${message}`);
  }
  if (!isRecord(data) || !isRecord(data.remotes)) {
    throw new RemotesImportError('Not an lxc config.yml: it has no “remotes:” section');
  }
  const servers: ImageServer[] = [];
  const lxdRemotes: LxdRemote[] = [];
  const skipped: string[] = [];
  for (const [name, remote] of Object.entries(data.remotes)) {
    if (!isRecord(remote) || typeof remote.addr !== 'string') throw new RemotesImportError(`Remote “${name}” has no “addr”`);
    const protocol = typeof remote.protocol === 'string' && remote.protocol ? remote.protocol : 'lxd';
    const reason = skipReason(remote.addr, protocol);
    if (reason) {
      skipped.push(`${name} (${reason})`);
    } else if (protocol === 'simplestreams') {
      servers.push(checkServer({ name, url: remote.addr }, 'Remote'));
    } else {
      lxdRemotes.push(
        checkLxdRemote(
          {
            name,
            url: remote.addr,
            project: typeof remote.project === 'string' && remote.project ? remote.project : undefined,
            authType: typeof remote.auth_type === 'string' && remote.auth_type ? remote.auth_type : undefined,
            public: typeof remote.public === 'boolean' ? remote.public : undefined,
          },
          'Remote',
        ),
      );
    }
  }
  return { servers, lxdRemotes, skipped };
}

/** A JSON export or an `lxc` config.yml, whichever the text is. */
export function parseRemotesImport(text: string): RemotesData & { skipped: string[] } {
  if (!text.trim()) throw new RemotesImportError('Nothing to import: the text is empty');
  if (text.trimStart().startsWith('{')) return { ...parseExportFile(text), skipped: [] };
  return parseLxcConfig(text);
}

export interface MergeResult extends RemotesData {
  added: string[];
  replaced: string[];
}

/** Imported entries are added; one with the name of an existing entry replaces it. */
export function mergeRemotes(current: RemotesData, imported: RemotesData): MergeResult {
  const added: string[] = [];
  const replaced: string[] = [];
  const merge = <T extends { name: string }>(list: readonly T[], incoming: readonly T[]) => {
    const byName = new Map(list.map((entry) => [entry.name, entry]));
    for (const entry of incoming) {
      (byName.has(entry.name) ? replaced : added).push(entry.name);
      byName.set(entry.name, entry);
    }
    return [...byName.values()];
  };
  return { servers: merge(current.servers, imported.servers), lxdRemotes: merge(current.lxdRemotes, imported.lxdRemotes), added, replaced };
}
