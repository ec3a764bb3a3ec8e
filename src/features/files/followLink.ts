import { resolveLinkTarget } from '@/lxd/files';

/** Links followed in a row before giving up: a chain this long is most likely a mistake. */
export const MAX_LINK_HOPS = 8;

export type LinkStep =
  /** Open `target`, carrying the links followed so far (this one last). */
  | { kind: 'follow'; target: string; via: string[] }
  /** `chain` comes back to a link already followed (a link to itself included). */
  | { kind: 'loop'; link: string; chain: string[] }
  /** More than MAX_LINK_HOPS links in a row; `chain` is those followed, `next` where it went on. */
  | { kind: 'too-long'; link: string; chain: string[]; next: string };

/**
 * What to do at `path`, a link to `target`, reached through the links `via`. `link` is the one
 * the user opened (the first of the chain), which is what the messages name.
 */
export function followLinkStep(path: string, target: string, via: readonly string[]): LinkStep {
  const chain = [...via, path];
  const link = chain[0] ?? path;
  if (via.includes(path)) return { kind: 'loop', link, chain };
  const next = resolveLinkTarget(path, target);
  if (chain.includes(next)) return { kind: 'loop', link, chain: [...chain, next] };
  if (chain.length > MAX_LINK_HOPS) return { kind: 'too-long', link, chain, next };
  return { kind: 'follow', target: next, via: chain };
}
