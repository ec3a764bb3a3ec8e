import type { LxdClient, LxdImage } from '@/lxd';
import type { Catalogue } from './catalogue';
import { catalogueArchitecture, versionDate, withSearch, type CatalogueImageType, type CatalogueProduct } from './simplestreams';

/**
 * LXD 6.x (API extension `image_registries`) keeps image servers on the server side as image
 * registries and reads their catalogues itself: `GET /1.0/image-registries?recursion=1` lists them
 * (`name`, `protocol`, `config.url` for simplestreams), `GET /1.0/image-registries/<name>/images`
 * returns the registry's images as LXD image objects. The page reads a catalogue through LXD when
 * one of them points at the same address, so no CORS header or page policy is involved.
 */
export interface LxdImageRegistry {
  name: string;
  description: string;
  protocol: 'simplestreams' | 'lxd' | string;
  public: boolean;
  builtin: boolean;
  config: Record<string, string> | null;
}

export const IMAGE_REGISTRIES_EXTENSION = 'image_registries';

const comparable = (url: string) => url.trim().replace(/\/+$/, '').toLowerCase();

/** The registry that reads this address (simplestreams, same URL but for a trailing slash). */
export function registryFor(url: string, registries: readonly LxdImageRegistry[]): LxdImageRegistry | undefined {
  return registries.find((registry) => registry.protocol === 'simplestreams' && registry.config?.url && comparable(registry.config.url) === comparable(url));
}

/**
 * LXD image objects → catalogue rows: one row per OS, release, variant and architecture, its
 * types and newest image (by creation date) per type, the aliases of all of them.
 */
export function registryImagesToProducts(images: readonly LxdImage[]): CatalogueProduct[] {
  const rows = new Map<string, CatalogueProduct & { created: Partial<Record<CatalogueImageType, string>> }>();
  for (const image of images) {
    const properties = image.properties ?? {};
    const os = properties.os ?? '';
    const release = properties.release ?? '';
    const variant = properties.variant ?? 'default';
    const arch = properties.architecture || catalogueArchitecture(image.architecture);
    const type: CatalogueImageType = image.type === 'virtual-machine' ? 'virtual-machine' : 'container';
    const id = `${os}:${release}:${arch}:${variant}`.toLowerCase();
    const row =
      rows.get(id) ??
      ({ id, os, release, releaseTitle: release, variant, arch, aliases: [], types: [], version: '', date: undefined, sizes: {}, fingerprints: {}, created: {} } satisfies CatalogueProduct & {
        created: Partial<Record<CatalogueImageType, string>>;
      });
    rows.set(id, row);
    for (const alias of image.aliases ?? []) if (!row.aliases.includes(alias.name)) row.aliases.push(alias.name);
    const created = image.created_at ?? '';
    if (row.created[type] === undefined || created > (row.created[type] ?? '')) {
      row.created[type] = created;
      row.sizes[type] = image.size;
      row.fingerprints[type] = image.fingerprint;
      if (!row.types.includes(type)) row.types.push(type);
      if (created > row.version) {
        row.version = created;
        row.date = versionDate(created.replaceAll('-', '')) ?? created.slice(0, 10);
      }
    }
  }
  return [...rows.values()].map((row): CatalogueProduct => withSearch({
    id: row.id,
    os: row.os,
    release: row.release,
    releaseTitle: row.releaseTitle,
    variant: row.variant,
    arch: row.arch,
    aliases: row.aliases,
    types: (['container', 'virtual-machine'] as const).filter((type) => row.types.includes(type)),
    version: row.version,
    date: row.date,
    sizes: row.sizes,
    fingerprints: row.fingerprints,
  }));
}

/** The catalogue of `url` through LXD's image registries, or undefined when no registry reads it. */
export async function fetchCatalogueViaLxd(client: LxdClient, url: string, signal?: AbortSignal): Promise<Catalogue | undefined> {
  const registries = (await client.get<LxdImageRegistry[]>('/1.0/image-registries', { query: { recursion: 1 }, signal })).data;
  const registry = registryFor(url, registries ?? []);
  if (!registry) return undefined;
  const images = (await client.get<LxdImage[]>(`/1.0/image-registries/${encodeURIComponent(registry.name)}/images`, { signal })).data;
  return { products: registryImagesToProducts(images ?? []), via: 'lxd', registry: registry.name };
}
