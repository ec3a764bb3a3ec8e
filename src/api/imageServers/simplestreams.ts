/**
 * Simplestreams catalogues as LXD reads them: `streams/v1/index.json` names the products files
 * (`datatype: image-downloads`), and each products file lists products with dated versions whose
 * items are the image files. Pure: no fetching here.
 */

export type CatalogueImageType = 'container' | 'virtual-machine';

export interface CatalogueProduct {
  /** The product id, e.g. `ubuntu:24.04:amd64:default` or `com.ubuntu.cloud:server:24.04:amd64`. */
  id: string;
  os: string;
  release: string;
  releaseTitle: string;
  variant: string;
  /** Debian architecture names, as catalogues use them (`amd64`, `arm64`). */
  arch: string;
  aliases: string[];
  /** What the newest version can be used as. */
  types: CatalogueImageType[];
  /** Name of the newest version (`20261122_07:42`). */
  version: string;
  /** The newest version's date (ISO, from the version name), or undefined when it does not start with one. */
  date: string | undefined;
  /** Bytes to download for each type of the newest version. */
  sizes: Partial<Record<CatalogueImageType, number>>;
  /** LXD's fingerprint of the newest version per type (what a copy by fingerprint would name). */
  fingerprints: Partial<Record<CatalogueImageType, string>>;
  /** What the filter box searches, lower-cased once at parse time (a keystroke only runs `includes`). */
  search?: string;
}

export class CatalogueFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogueFormatError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** The products files an index names (`datatype: image-downloads`), relative to the server's base. */
export function productsPaths(index: unknown): string[] {
  if (!isRecord(index) || !isRecord(index.index)) throw new CatalogueFormatError('streams/v1/index.json has no “index”: not a simplestreams server');
  const paths: string[] = [];
  for (const entry of Object.values(index.index)) {
    if (isRecord(entry) && entry.datatype === 'image-downloads' && typeof entry.path === 'string') paths.push(entry.path);
  }
  if (paths.length === 0) throw new CatalogueFormatError('streams/v1/index.json lists no image downloads');
  return paths;
}

const CONTAINER_FILES = new Set(['lxd_combined.tar.gz', 'squashfs', 'root.tar.xz']);
const VM_FILES = new Set(['disk-kvm.img', 'disk1.img', 'uefi1.img']);
/** lxd.tar.xz's keys naming the combined hash (LXD's fingerprint) of metadata + each root file. */
const COMBINED_KEYS: Record<string, string> = {
  squashfs: 'combined_squashfs_sha256',
  'root.tar.xz': 'combined_rootxz_sha256',
  'disk-kvm.img': 'combined_disk-kvm-img_sha256',
  'disk1.img': 'combined_disk1-img_sha256',
  'uefi1.img': 'combined_uefi1-img_sha256',
};

interface Item {
  ftype: string;
  size: number;
  sha256: string;
  record: Record<string, unknown>;
}

function itemsOf(version: unknown): Item[] {
  if (!isRecord(version) || !isRecord(version.items)) return [];
  const items: Item[] = [];
  for (const item of Object.values(version.items)) {
    if (!isRecord(item)) continue;
    items.push({ ftype: text(item.ftype), size: typeof item.size === 'number' ? item.size : Number(item.size) || 0, sha256: text(item.sha256), record: item });
  }
  return items;
}

/** What one version offers per type: its size (metadata + root file) and LXD's fingerprint. */
function describeVersion(items: readonly Item[]) {
  const sizes: CatalogueProduct['sizes'] = {};
  const fingerprints: CatalogueProduct['fingerprints'] = {};
  const metadata = items.find((item) => item.ftype === 'lxd.tar.xz');
  const combined = items.find((item) => item.ftype === 'lxd_combined.tar.gz');
  if (combined) {
    sizes.container = combined.size;
    fingerprints.container = combined.sha256;
  }
  for (const item of items) {
    const type: CatalogueImageType | undefined = VM_FILES.has(item.ftype) ? 'virtual-machine' : CONTAINER_FILES.has(item.ftype) ? 'container' : undefined;
    if (!type || item.ftype === 'lxd_combined.tar.gz' || sizes[type] !== undefined) continue;
    sizes[type] = item.size + (metadata?.size ?? 0);
    const key = COMBINED_KEYS[item.ftype];
    const fingerprint = key ? text(metadata?.record[key]) : '';
    if (fingerprint) fingerprints[type] = fingerprint;
  }
  return { sizes, fingerprints };
}

/** `20261122_07:42` → `2026-11-22`; undefined when the name does not start with a date. */
export function versionDate(version: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(version);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** One row per product, described by its newest version that has an image. Throws CatalogueFormatError. */
export function parseProducts(file: unknown): CatalogueProduct[] {
  if (!isRecord(file) || !isRecord(file.products)) throw new CatalogueFormatError('The products file has no “products”');
  const rows: CatalogueProduct[] = [];
  for (const [id, product] of Object.entries(file.products)) {
    if (!isRecord(product) || !isRecord(product.versions)) continue;
    const versions = Object.keys(product.versions).sort().reverse();
    for (const version of versions) {
      const { sizes, fingerprints } = describeVersion(itemsOf(product.versions[version]));
      const types = (['container', 'virtual-machine'] as const).filter((type) => sizes[type] !== undefined);
      if (types.length === 0) continue;
      const release = text(product.release) || text(product.version);
      rows.push(withSearch({
        id,
        os: text(product.os),
        release,
        releaseTitle: text(product.release_title) || release,
        variant: text(product.variant) || 'default',
        arch: text(product.arch),
        aliases: text(product.aliases)
          .split(',')
          .map((alias) => alias.trim())
          .filter(Boolean),
        types,
        version,
        date: versionDate(version),
        sizes,
        fingerprints,
      }));
      break;
    }
  }
  return rows;
}

/** LXD's architecture names (`GET /1.0` environment.architectures) → the catalogues' Debian names. */
const ARCHITECTURES: Record<string, string> = {
  x86_64: 'amd64',
  i686: 'i386',
  aarch64: 'arm64',
  armv7l: 'armhf',
  armv6l: 'armel',
  ppc64le: 'ppc64el',
  ppc: 'powerpc',
  ppc64: 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  mips64: 'mips64',
};

export function catalogueArchitecture(lxdArchitecture: string): string {
  return ARCHITECTURES[lxdArchitecture] ?? lxdArchitecture;
}

/** The name an image of this product is asked for: its first alias, else the newest fingerprint. */
export function productSource(product: CatalogueProduct, type: CatalogueImageType): string {
  return product.aliases[0] ?? product.fingerprints[type] ?? product.id;
}

/** Distinct values of one field, sorted, for a filter's options. */
export function distinctValues(products: readonly CatalogueProduct[], field: 'os' | 'release' | 'variant' | 'arch'): string[] {
  return [...new Set(products.map((product) => product[field]).filter(Boolean))].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

export interface CatalogueFilters {
  os?: string;
  release?: string;
  variant?: string;
  arch?: string;
  type?: string;
}

/** Does a product pass the select filters (empty values pass everything). */
export function matchesFilters(product: CatalogueProduct, filters: CatalogueFilters): boolean {
  if (filters.os && product.os !== filters.os) return false;
  if (filters.release && product.release !== filters.release) return false;
  if (filters.variant && product.variant !== filters.variant) return false;
  if (filters.arch && product.arch !== filters.arch) return false;
  if (filters.type && !product.types.includes(filters.type as CatalogueImageType)) return false;
  return true;
}

/** The texts the filter box searches. */
export function productText(product: CatalogueProduct): string[] {
  return [product.search ?? searchText(product)];
}

function searchText(product: CatalogueProduct): string {
  return [product.os, product.release, product.releaseTitle, product.variant, product.arch, product.id, ...product.aliases].join('\n').toLowerCase();
}

/** The product with its search text computed (once, when the catalogue is read). */
export function withSearch(product: CatalogueProduct): CatalogueProduct {
  return { ...product, search: searchText(product) };
}
