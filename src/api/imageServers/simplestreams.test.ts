import { describe, expect, it } from 'vitest';
import { catalogueArchitecture, CatalogueFormatError, distinctValues, matchesFilters, parseProducts, productSource, productsPaths, versionDate } from './simplestreams';

// Shapes as images.lxd.canonical.com and cloud-images.ubuntu.com publish them (trimmed).
const LXD_IMAGES = {
  content_id: 'images',
  datatype: 'image-downloads',
  format: 'products:1.0',
  products: {
    'debian:12:amd64:cloud': {
      aliases: 'debian/12/cloud,debian/bookworm/cloud',
      arch: 'amd64',
      os: 'Debian',
      release: 'bookworm',
      release_title: '12',
      variant: 'cloud',
      versions: {
        '20261120_05:24': {
          items: {
            'lxd.tar.xz': { ftype: 'lxd.tar.xz', size: 900, sha256: 'm1', combined_squashfs_sha256: 'old-c', 'combined_disk-kvm-img_sha256': 'old-v' },
            'root.squashfs': { ftype: 'squashfs', size: 100_000, sha256: 'r1' },
          },
        },
        '20261122_05:24': {
          items: {
            'lxd.tar.xz': { ftype: 'lxd.tar.xz', size: 1000, sha256: 'm2', combined_squashfs_sha256: 'new-c', 'combined_disk-kvm-img_sha256': 'new-v' },
            'root.squashfs': { ftype: 'squashfs', size: 120_000, sha256: 'r2' },
            'disk.qcow2': { ftype: 'disk-kvm.img', size: 300_000, sha256: 'd2' },
          },
        },
      },
    },
    'alpine:3.20:arm64:default': {
      aliases: 'alpine/3.20',
      arch: 'arm64',
      os: 'Alpine',
      release: '3.20',
      variant: 'default',
      versions: { '20261122_13:00': { items: { 'lxd_combined.tar.gz': { ftype: 'lxd_combined.tar.gz', size: 3_000_000, sha256: 'combined' } } } },
    },
    'broken:1:amd64:default': { arch: 'amd64', os: 'Broken', release: '1', versions: { '20261122': { items: { 'lxd.tar.xz': { ftype: 'lxd.tar.xz', size: 1 } } } } },
  },
};

const UBUNTU = {
  products: {
    'com.ubuntu.cloud:server:24.04:amd64': {
      aliases: '24.04,noble,default,lts',
      arch: 'amd64',
      os: 'ubuntu',
      release: 'noble',
      release_title: '24.04 LTS',
      version: '24.04',
      versions: {
        '20261121': {
          items: {
            'lxd.tar.xz': { ftype: 'lxd.tar.xz', size: 500, sha256: 'x', 'combined_disk-kvm-img_sha256': 'vmfp', combined_squashfs_sha256: 'ctfp' },
            'root.squashfs': { ftype: 'squashfs', size: 300_000_000, sha256: 's' },
            'disk-kvm.img': { ftype: 'disk-kvm.img', size: 600_000_000, sha256: 'k' },
          },
        },
      },
    },
  },
};

describe('simplestreams', () => {
  it('finds the products files in the index', () => {
    expect(productsPaths({ format: 'index:1.0', index: { images: { datatype: 'image-downloads', path: 'streams/v1/images.json' } } })).toEqual(['streams/v1/images.json']);
    expect(
      productsPaths({
        index: {
          'com.ubuntu.cloud:released:download': { datatype: 'image-downloads', path: 'streams/v1/com.ubuntu.cloud:released:download.json' },
          'com.ubuntu.cloud:released:aws': { datatype: 'image-ids', path: 'streams/v1/aws.json' },
        },
      }),
    ).toEqual(['streams/v1/com.ubuntu.cloud:released:download.json']);
    expect(() => productsPaths({})).toThrow(CatalogueFormatError);
    expect(() => productsPaths({ index: {} })).toThrow(/no image downloads/);
  });

  it('describes each product by its newest version: types from the file types, sizes, date, fingerprints', () => {
    const [debian, alpine, ...rest] = parseProducts(LXD_IMAGES);
    expect(rest).toEqual([]); // a product without a root file offers no image
    expect(debian).toMatchObject({
      id: 'debian:12:amd64:cloud',
      os: 'Debian',
      release: 'bookworm',
      releaseTitle: '12',
      variant: 'cloud',
      arch: 'amd64',
      aliases: ['debian/12/cloud', 'debian/bookworm/cloud'],
      types: ['container', 'virtual-machine'],
      version: '20261122_05:24',
      date: '2026-11-22',
      sizes: { container: 121_000, 'virtual-machine': 301_000 },
      fingerprints: { container: 'new-c', 'virtual-machine': 'new-v' },
    });
    expect(alpine).toMatchObject({ types: ['container'], sizes: { container: 3_000_000 }, fingerprints: { container: 'combined' }, releaseTitle: '3.20' });
    const [ubuntu] = parseProducts(UBUNTU);
    expect(ubuntu).toMatchObject({ os: 'ubuntu', release: 'noble', types: ['container', 'virtual-machine'], date: '2026-11-21', fingerprints: { 'virtual-machine': 'vmfp' } });
    expect(() => parseProducts({})).toThrow(/no “products”/);
  });

  it('filters by the select values, the type included', () => {
    const products = parseProducts(LXD_IMAGES);
    expect(products.filter((product) => matchesFilters(product, { type: 'virtual-machine' })).map((product) => product.id)).toEqual(['debian:12:amd64:cloud']);
    expect(products.filter((product) => matchesFilters(product, { arch: 'arm64', os: 'Alpine' })).map((product) => product.id)).toEqual(['alpine:3.20:arm64:default']);
    expect(distinctValues(products, 'arch')).toEqual(['amd64', 'arm64']);
  });

  it('names sources and architectures as LXD does', () => {
    const [debian] = parseProducts(LXD_IMAGES);
    expect(debian && productSource(debian, 'container')).toBe('debian/12/cloud');
    expect(debian && productSource({ ...debian, aliases: [] }, 'virtual-machine')).toBe('new-v');
    expect(catalogueArchitecture('x86_64')).toBe('amd64');
    expect(catalogueArchitecture('aarch64')).toBe('arm64');
    expect(catalogueArchitecture('loongarch64')).toBe('loongarch64');
    expect(versionDate('20261122_05:24')).toBe('2026-11-22');
    expect(versionDate('v1')).toBeUndefined();
  });
});
