import { describe, expect, it } from 'vitest';
import { highlightParts, matchText } from './match';

const score = (query: string, text: string) => matchText(query, text)?.score ?? -1;

describe('matchText', () => {
  it('ranks exact, prefix, word-start substring, substring, words, subsequence in that order', () => {
    const exact = score('web', 'web');
    const prefix = score('web', 'web-01');
    const wordStart = score('web', 'prod-web-01');
    const inside = score('web', 'cobweb');
    const words = score('01 web', 'prod-web-01');
    const spread = score('pw1', 'prod-web-01');
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(wordStart);
    expect(wordStart).toBeGreaterThan(inside);
    expect(inside).toBeGreaterThan(words);
    expect(words).toBeGreaterThan(spread);
    expect(spread).toBeGreaterThan(0);
  });

  it('is case-insensitive and ignores surrounding spaces', () => {
    expect(matchText('  WEB ', 'Web-01')).toEqual({ score: expect.any(Number), ranges: [[0, 3]] });
  });

  it('matches a subsequence and reports its runs', () => {
    expect(matchText('wb01', 'web-01')?.ranges).toEqual([
      [0, 1],
      [2, 3],
      [4, 6],
    ]);
  });

  it('prefers a tight subsequence to a spread-out one', () => {
    expect(score('dbp', 'db-primary')).toBeGreaterThan(score('dbp', 'docker-build-pipeline'));
  });

  it('answers null when the characters are not all there in order', () => {
    expect(matchText('xyz', 'web-01')).toBeNull();
    expect(matchText('10bew', 'web-01')).toBeNull();
  });

  it('matches everything for an empty query', () => {
    expect(matchText('', 'anything')).toEqual({ score: 0, ranges: [] });
  });
});

describe('highlightParts', () => {
  it('splits the text into plain and matched parts', () => {
    expect(highlightParts('web-01', [[0, 1], [4, 6]])).toEqual([
      { text: 'w', matched: true },
      { text: 'eb-', matched: false },
      { text: '01', matched: true },
    ]);
  });

  it('keeps markup as characters', () => {
    expect(highlightParts('<b>x</b>', [[3, 4]]).map((part) => part.text).join('')).toBe('<b>x</b>');
  });
});
