/**
 * The first screen of a long list, before LXD has answered the whole list.
 *
 * LXD 5.0 takes seconds to list some collections: `GET /1.0/profiles` computes every profile's
 * `used_by` by walking every instance (about 2 s for 300 profiles beside 500 instances, with or
 * without `recursion`), and a 500-instance `?recursion=1` answer is close to 1 MB. The project's own
 * `used_by` names every object in it within milliseconds, and one object answers in about 10 ms.
 * So a list first shows the screenful its default order starts with, read one by one, and replaces
 * it with the whole list when that arrives. Pure: shared by the early script and the app.
 *
 * Instances are the exception: LXD lists their names (`GET /1.0/instances` without recursion) in
 * about 30 ms where the projects' `used_by` takes about 200 ms beside 500 instances, so the
 * instance list's preview takes its names from there (`NAMES_LISTED`), and the projects are read
 * once the first screen is in. Images too list their fingerprints quickly, but a list sorted by
 * name needs their aliases to know which come first (`firstImages`).
 */
import { compareText } from './format';

/** Rows a preview reads: a screenful at this window height (rows are at least 32 px high). */
export function previewCount(viewportHeight: number): number {
  return Math.min(60, Math.max(10, Math.ceil(viewportHeight / 32)));
}

/**
 * Names of one collection's objects among a project's `used_by` URLs:
 * `/1.0/profiles/web?project=p` → `web` for `/1.0/profiles`.
 */
export function namesInUsedBy(usedBy: readonly string[], collection: string): string[] {
  const prefix = `${collection}/`;
  const names: string[] = [];
  for (const url of usedBy) {
    if (!url.startsWith(prefix)) continue;
    const rest = url.slice(prefix.length).split('?')[0] ?? '';
    // Deeper paths (`/1.0/storage-pools/p/volumes/...`) are not objects of this collection.
    if (!rest || rest.includes('/')) continue;
    try {
      names.push(decodeURIComponent(rest));
    } catch {
      // A name that does not decode cannot be asked for; the whole list will show it.
    }
  }
  return names;
}

/** Collections whose preview takes its names from `GET <collection>?project=p` (see above). */
export const NAMES_LISTED: ReadonlySet<string> = new Set(['/1.0/instances', '/1.0/images']);

/** `GET <collection>?project=p` as the app's client writes it: the collection's URLs. */
export function namesPath(collection: string, project: string): string {
  return `${collection}?project=${encodeURIComponent(project)}`;
}

/** The names a list sorted by name (ascending, as the lists sort text) starts with. */
export function firstNames(names: readonly string[], count: number): string[] {
  return [...names].sort(compareText).slice(0, count);
}

/** The image collection, whose preview is picked by alias (see `firstImages`). */
export const IMAGES = '/1.0/images';

/** `GET /1.0/images/aliases?project=p&recursion=1` as the app's client writes it: every alias with its image. */
export function imageAliasesPath(project: string): string {
  return `${IMAGES}/aliases?project=${encodeURIComponent(project)}&recursion=1`;
}

interface ImageLike {
  fingerprint: string;
  aliases?: readonly { name: string }[] | null;
}

/** What names an image in a list: its first alias, else its short fingerprint. */
export function imageListName(image: ImageLike): string {
  return image.aliases?.[0]?.name || image.fingerprint.slice(0, 12);
}

/** The images a preview reads, and the name every other image sorts at or after (none: all are read). */
export interface ImagePick {
  fingerprints: string[];
  before?: string;
}

/**
 * The images a list sorted by name starts with, picked before any image is read: from the
 * fingerprints (`GET /1.0/images`, quick) and every alias with its image (`GET
 * /1.0/images/aliases?recursion=1`, about 150 ms beside 300 images where the whole list takes
 * 450-600 ms on LXD 5.0). An image sorts by its first alias as LXD lists them, which is not always
 * its alphabetically first, so each is placed by its lowest possible name (its first alias by
 * name, else its short fingerprint): every image not picked sorts at or after `before`, and a
 * picked one whose real name does not sort before it is left out of the preview (`imagePreviewRows`).
 */
export function firstImages(fingerprints: readonly string[], aliases: readonly { name: string; target: string }[], count: number): ImagePick {
  const least = new Map<string, string>();
  for (const alias of aliases) {
    const current = least.get(alias.target);
    if (current === undefined || compareText(alias.name, current) < 0) least.set(alias.target, alias.name);
  }
  const keyed = fingerprints
    .map((fingerprint) => ({ fingerprint, key: least.get(fingerprint) ?? fingerprint.slice(0, 12) }))
    .sort((a, b) => compareText(a.key, b.key) || compareText(a.fingerprint, b.fingerprint));
  return { fingerprints: keyed.slice(0, count).map((entry) => entry.fingerprint), before: keyed[count]?.key };
}

/**
 * Of the images a preview read, those the whole list starts with, in its order (by name, then
 * fingerprint, as the list sorts): the ones whose name sorts before `before`.
 */
export function imagePreviewRows<T extends ImageLike>(images: readonly T[], before: string | undefined): T[] {
  return images
    .filter((image) => before === undefined || compareText(imageListName(image), before) < 0)
    .sort((a, b) => compareText(imageListName(a), imageListName(b)) || compareText(a.fingerprint, b.fingerprint));
}
