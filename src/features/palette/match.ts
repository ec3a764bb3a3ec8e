/** A half-open range [start, end) of matched characters in the text, for highlighting. */
export type MatchRange = readonly [number, number];

export interface TextMatch {
  /** Higher is better; only comparable between matches of the same query. */
  score: number;
  ranges: MatchRange[];
}

/** The lowest score of a match made of whole substrings (every word of the query found as is). */
export const WORDS_SCORE = 500;

const isWordStart = (text: string, index: number) => index === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(index - 1));

/**
 * How well `query` matches `text`, case-insensitively, or null for no match. From best to worst:
 * the whole text; a prefix; a substring at a word start; any substring; every word of the query
 * somewhere in the text; the query's characters in order (a subsequence, `wb1` in `web-01`),
 * worse the more they are spread out. An empty query matches everything equally.
 */
export function matchText(query: string, text: string): TextMatch | null {
  const needle = query.trim().toLowerCase();
  if (!needle) return { score: 0, ranges: [] };
  const haystack = text.toLowerCase();

  if (haystack === needle) return { score: 1000, ranges: [[0, text.length]] };
  const index = haystack.indexOf(needle);
  if (index === 0) return { score: 900 - Math.min(99, haystack.length - needle.length), ranges: [[0, needle.length]] };
  if (index > 0) {
    const base = isWordStart(haystack, index) ? 800 : 700;
    return { score: base - Math.min(99, index), ranges: [[index, index + needle.length]] };
  }

  const words = needle.split(/\s+/);
  if (words.length > 1) {
    const ranges: MatchRange[] = [];
    for (const word of words) {
      const at = haystack.indexOf(word);
      if (at < 0) return subsequence(words.join(''), haystack);
      ranges.push([at, at + word.length]);
    }
    return { score: WORDS_SCORE + 100 - Math.min(99, ranges[0]?.[0] ?? 0), ranges: merge(ranges) };
  }
  return subsequence(needle, haystack);
}

function subsequence(needle: string, haystack: string): TextMatch | null {
  const ranges: [number, number][] = [];
  let from = 0;
  let spread = 0;
  let boundaries = 0;
  for (const char of needle) {
    const at = haystack.indexOf(char, from);
    if (at < 0) return null;
    if (ranges.length > 0) spread += at - from;
    if (isWordStart(haystack, at)) boundaries += 1;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === at) last[1] = at + 1;
    else ranges.push([at, at + 1]);
    from = at + 1;
  }
  // Fewer, longer runs and runs starting words rank higher; the first run's position matters a little.
  const score = 480 - Math.min(200, spread * 4) - Math.min(100, ranges.length * 10) + Math.min(50, boundaries * 10) - Math.min(50, ranges[0]?.[0] ?? 0);
  return { score: Math.max(1, Math.min(WORDS_SCORE - 1, score)), ranges };
}

function merge(ranges: MatchRange[]): MatchRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Splits `text` into plain and matched parts, for rendering as text nodes and <mark>s. */
export function highlightParts(text: string, ranges: readonly MatchRange[]): { text: string; matched: boolean }[] {
  const parts: { text: string; matched: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), matched: false });
    parts.push({ text: text.slice(start, end), matched: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), matched: false });
  return parts;
}
