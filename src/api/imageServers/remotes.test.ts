import { describe, expect, it } from 'vitest';
import {
  DEFAULT_IMAGE_SERVERS,
  exportFile,
  mergeRemotes,
  parseExportFile,
  parseLxcConfig,
  parseRemotesImport,
  RemotesImportError,
  validateServerName,
  validateServerUrl,
} from './remotes';

// What `lxc remote add loop https://127.0.0.1:19631 --protocol simplestreams` and a public LXD
// remote leave in config.yml (lxc 5.0.2), plus the static remotes it writes.
const LXC_CONFIG = `default-remote: local
remotes:
  images:
    addr: https://images.linuxcontainers.org
    protocol: simplestreams
    public: true
  local:
    addr: unix://
    public: false
  loop:
    addr: https://127.0.0.1:19631
    protocol: simplestreams
    auth_type: tls
    public: true
  other:
    addr: https://127.0.0.1:18631
    protocol: lxd
    auth_type: tls
    project: staging
    public: true
aliases: {}
`;

describe('remotes', () => {
  it('starts with lxc’s simplestreams defaults', () => {
    expect(DEFAULT_IMAGE_SERVERS.map((server) => server.name)).toEqual(['images', 'ubuntu', 'ubuntu-daily', 'ubuntu-minimal', 'ubuntu-minimal-daily']);
    expect(DEFAULT_IMAGE_SERVERS.every((server) => server.url.startsWith('https://'))).toBe(true);
  });

  it('checks names and addresses', () => {
    expect(validateServerName('')).toBe('Enter a name');
    expect(validateServerName('a:b')).toMatch(/cannot contain/);
    expect(validateServerName('images', ['images'])).toMatch(/already exists/);
    expect(validateServerName('mine')).toBeUndefined();
    expect(validateServerUrl('http://x')).toMatch(/https/);
    expect(validateServerUrl('not a url')).toMatch(/Not a URL/);
    expect(validateServerUrl('https://x/?a=1')).toMatch(/query/);
    expect(validateServerUrl('https://images.example.com')).toBeUndefined();
  });

  it('reads lxc’s config.yml: simplestreams remotes are image servers, LXD remotes kept apart, the unix socket skipped', () => {
    const parsed = parseLxcConfig(LXC_CONFIG);
    expect(parsed.servers).toEqual([
      { name: 'images', url: 'https://images.linuxcontainers.org/', protocol: 'simplestreams' },
      { name: 'loop', url: 'https://127.0.0.1:19631/', protocol: 'simplestreams' },
    ]);
    expect(parsed.lxdRemotes).toEqual([{ name: 'other', url: 'https://127.0.0.1:18631', protocol: 'lxd', project: 'staging', authType: 'tls', public: true }]);
    expect(parsed.skipped).toEqual(['local (the local unix socket: only lxc on that machine reaches it)']);
  });

  it('refuses broken input with a message that says what is wrong', () => {
    expect(() => parseRemotesImport('')).toThrow(RemotesImportError);
    expect(() => parseRemotesImport('remotes: [a')).toThrow(/Not valid YAML/);
    expect(() => parseRemotesImport('foo: bar')).toThrow(/no “remotes:”/);
    expect(() => parseRemotesImport('remotes:\n  x:\n    addr: http://a\n    protocol: simplestreams\n')).toThrow(/HTTPS/);
    expect(() => parseRemotesImport('{"format": "other"}')).toThrow(/Not an image-server list/);
    expect(() => parseRemotesImport('{"format": "lxdeck-image-servers/1", "servers": [{"name": "a", "url": "https://a"}, {"name": "a", "url": "https://b"}]}')).toThrow(/twice/);
    expect(() => parseRemotesImport('{"broken')).toThrow(/Not valid JSON/);
  });

  it('exports and imports the same list', () => {
    const data = { servers: [{ name: 'a', url: 'https://a.example/', protocol: 'simplestreams' as const }], lxdRemotes: [{ name: 'b', url: 'https://b:8443', protocol: 'lxd' as const }] };
    expect(parseExportFile(exportFile(data))).toEqual(data);
    expect(parseRemotesImport(exportFile(data))).toEqual({ ...data, skipped: [] });
    const reached = { 'https://b:8443': '2026-12-03T05:00:00.000Z' };
    expect(parseExportFile(exportFile({ ...data, reached }))).toEqual({ ...data, reached });
    expect(parseExportFile(exportFile({ ...data, reached: { 'not an origin': 'x' } }))).toEqual({ ...data, reached: {} });
  });

  it('merges: new names are added, existing names replaced in place', () => {
    const current = { servers: [...DEFAULT_IMAGE_SERVERS], lxdRemotes: [] };
    const result = mergeRemotes(current, { servers: [{ name: 'ubuntu', url: 'https://mirror/', protocol: 'simplestreams' }, { name: 'new', url: 'https://new/', protocol: 'simplestreams' }], lxdRemotes: [] });
    expect(result.added).toEqual(['new']);
    expect(result.replaced).toEqual(['ubuntu']);
    expect(result.servers[1]).toEqual({ name: 'ubuntu', url: 'https://mirror/', protocol: 'simplestreams' });
    expect(result.servers.at(-1)?.name).toBe('new');
  });
});
