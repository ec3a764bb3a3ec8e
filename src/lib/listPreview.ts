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
 * once the first screen is in.
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
export const NAMES_LISTED: ReadonlySet<string> = new Set(['/1.0/instances']);

/** `GET <collection>?project=p` as the app's client writes it: the collection's URLs. */
export function namesPath(collection: string, project: string): string {
  return `${collection}?project=${encodeURIComponent(project)}`;
}

/** The names a list sorted by name (ascending, as the lists sort text) starts with. */
export function firstNames(names: readonly string[], count: number): string[] {
  return [...names].sort(compareText).slice(0, count);
}
