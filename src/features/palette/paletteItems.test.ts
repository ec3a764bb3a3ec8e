import { describe, expect, it } from 'vitest';
import { rankItems, type PaletteItem } from './paletteItems';

const item = (kind: string, title: string, keywords?: string): PaletteItem => ({ kind, title, keywords, path: `/${title}` });

describe('rankItems', () => {
  const items = [
    item('Page', 'Instances', 'section'),
    item('Page', 'Create instance', 'new'),
    item('Instance', 'web-01'),
    item('Instance', 'web-01-backup'),
    item('Instance', 'db-primary'),
    item('Profile', 'small'),
    item('Project', 'web'),
  ];

  it('keeps the order of the sources for an empty query', () => {
    expect(rankItems(items, '').map((entry) => entry.title)).toEqual(items.map((entry) => entry.title));
  });

  it('puts the best title match first and drops what does not match', () => {
    expect(rankItems(items, 'web').map((entry) => entry.title)).toEqual(['web', 'web-01', 'web-01-backup']);
  });

  it('finds by subsequence', () => {
    expect(rankItems(items, 'dbp')[0]?.title).toBe('db-primary');
  });

  it('finds through the kind and keywords, below title matches', () => {
    expect(rankItems(items, 'profile sm').map((entry) => entry.title)).toEqual(['small']);
    const newInstance = rankItems(items, 'new inst').map((entry) => entry.title);
    expect(newInstance[0]).toBe('Create instance');
  });

  it('does not find through a scattered subsequence of the kind and keywords', () => {
    expect(rankItems(items, 'ph').map((entry) => entry.title)).toEqual([]);
  });

  it('reports the matched characters of the title', () => {
    expect(rankItems(items, 'prim')[0]?.ranges).toEqual([[3, 7]]);
  });
});
