import { describe, expect, it } from 'vitest';
import type { LxdClient, LxdImage } from '@/lxd';
import { fetchCatalogueViaLxd, registryFor, registryImagesToProducts, type LxdImageRegistry } from './registries';

// Shapes from LXD's API documentation (ImageRegistry, and the Image objects of
// GET /1.0/image-registries/{name}/images).
const REGISTRIES: LxdImageRegistry[] = [
  { name: 'ubuntu', description: 'Ubuntu images', protocol: 'simplestreams', public: true, builtin: true, config: { url: 'https://cloud-images.ubuntu.com/releases' } },
  { name: 'other-lxd', description: '', protocol: 'lxd', public: false, builtin: false, config: { cluster: 'link1', source_project: 'default' } },
];

const image = (overrides: Partial<LxdImage>): LxdImage => ({
  fingerprint: 'f',
  aliases: [],
  architecture: 'x86_64',
  type: 'container',
  properties: { os: 'ubuntu', release: 'noble', variant: 'default', architecture: 'amd64', description: 'ubuntu 24.04 LTS amd64' },
  size: 100,
  public: true,
  cached: false,
  auto_update: false,
  filename: '',
  created_at: '2026-11-20T00:00:00Z',
  uploaded_at: '2026-11-20T00:00:00Z',
  last_used_at: '0001-01-01T00:00:00Z',
  expires_at: '0001-01-01T00:00:00Z',
  ...overrides,
});

describe('image registries (LXD 6.x)', () => {
  it('finds the simplestreams registry of an address, trailing slash or not', () => {
    expect(registryFor('https://cloud-images.ubuntu.com/releases/', REGISTRIES)?.name).toBe('ubuntu');
    expect(registryFor('https://images.lxd.canonical.com', REGISTRIES)).toBeUndefined();
  });

  it('groups LXD image objects into catalogue rows with their types and newest images', () => {
    const rows = registryImagesToProducts([
      image({ fingerprint: 'old', size: 90, aliases: [{ name: 'noble', description: '' }], created_at: '2026-11-19T00:00:00Z' }),
      image({ fingerprint: 'new', size: 100, aliases: [{ name: '24.04', description: '' }], created_at: '2026-11-21T00:00:00Z' }),
      image({ fingerprint: 'vm', type: 'virtual-machine', size: 500, created_at: '2026-11-20T00:00:00Z' }),
      image({ fingerprint: 'arm', architecture: 'aarch64', properties: { os: 'ubuntu', release: 'noble', variant: 'default' } }),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      os: 'ubuntu',
      release: 'noble',
      arch: 'amd64',
      types: ['container', 'virtual-machine'],
      sizes: { container: 100, 'virtual-machine': 500 },
      fingerprints: { container: 'new', 'virtual-machine': 'vm' },
      aliases: ['noble', '24.04'],
      date: '2026-11-21',
    });
    expect(rows[1]?.arch).toBe('arm64');
  });

  it('reads the catalogue through LXD when a registry reads the address, and says it cannot otherwise', async () => {
    const asked: string[] = [];
    const client = {
      get: (path: string) => {
        asked.push(path);
        return Promise.resolve({ data: path === '/1.0/image-registries' ? REGISTRIES : [image({})] });
      },
    } as unknown as LxdClient;
    const catalogue = await fetchCatalogueViaLxd(client, 'https://cloud-images.ubuntu.com/releases/');
    expect(asked).toEqual(['/1.0/image-registries', '/1.0/image-registries/ubuntu/images']);
    expect(catalogue).toMatchObject({ via: 'lxd', registry: 'ubuntu' });
    expect(catalogue?.products).toHaveLength(1);
    expect(await fetchCatalogueViaLxd(client, 'https://elsewhere.example/')).toBeUndefined();
  });
});
