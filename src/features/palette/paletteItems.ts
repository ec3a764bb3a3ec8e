import { WORDS_SCORE, matchText, type MatchRange } from './match';

/** One place the palette can go to. */
export interface PaletteItem {
  /** What it is, shown beside the title: "Instance", "Profile", "Page" ... */
  kind: string;
  title: string;
  /** A second line: status, description. Plain text. */
  detail?: string;
  /** Extra words that find it ("section", "new") without being shown. */
  keywords?: string;
  /** A route path for the router, e.g. `/project/default/instance/web-1`. */
  path: string;
}

export interface RankedItem extends PaletteItem {
  score: number;
  /** Matched characters of the title. */
  ranges: MatchRange[];
}

/**
 * Items matching `query`, best first. The title counts most; a match through the kind or the
 * keywords ("profile sm", "new instance") ranks below any title match. Ties go to the shorter
 * title, then keep the order of `items` (grouped by source). An empty query keeps that order.
 */
export function rankItems(items: readonly PaletteItem[], query: string): RankedItem[] {
  if (!query.trim()) return items.map((item) => ({ ...item, score: 0, ranges: [] }));
  const ranked: (RankedItem & { order: number })[] = [];
  items.forEach((item, order) => {
    const byTitle = matchText(query, item.title);
    if (byTitle) {
      ranked.push({ ...item, score: byTitle.score, ranges: byTitle.ranges, order });
      return;
    }
    // Through the kind and keywords only whole words count: a scattered subsequence over
    // "Page Create instance new launch" would match almost anything.
    const byContext = matchText(query, `${item.kind} ${item.title} ${item.keywords ?? ''}`);
    if (byContext && byContext.score >= WORDS_SCORE) ranked.push({ ...item, score: byContext.score - 700, ranges: [], order });
  });
  ranked.sort((a, b) => b.score - a.score || a.title.length - b.title.length || a.order - b.order);
  return ranked;
}
