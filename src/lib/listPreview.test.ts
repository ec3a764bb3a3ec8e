import { describe, expect, it } from 'vitest';
import { firstImages, firstNames, imagePreviewRows, namesInUsedBy, previewCount } from './listPreview';

describe('list preview', () => {
  it("finds one collection's objects among a project's used_by, in either project's form", () => {
    const usedBy = [
      '/1.0/instances/web',
      '/1.0/profiles/default',
      '/1.0/profiles/db%2Dlarge?project=staging',
      '/1.0/storage-pools/local/volumes/custom/data?project=staging',
      '/1.0/profilesx/not-one',
      '/1.0/profiles/',
    ];
    expect(namesInUsedBy(usedBy, '/1.0/profiles')).toEqual(['default', 'db-large']);
    expect(namesInUsedBy(usedBy, '/1.0/instances')).toEqual(['web']);
    expect(namesInUsedBy(usedBy, '/1.0/storage-pools')).toEqual([]);
  });

  it('takes the names a list sorted by name starts with: natural numbers, case-insensitive', () => {
    expect(firstNames(['web10', 'Web2', 'app', 'web1'], 3)).toEqual(['app', 'web1', 'Web2']);
  });

  it('reads a screenful, at least 10 rows and at most 60', () => {
    expect(previewCount(1080)).toBe(34);
    expect(previewCount(200)).toBe(10);
    expect(previewCount(4000)).toBe(60);
  });

  it('picks the images a list sorted by name starts with from their aliases, and shows only those it can place', () => {
    const fp = (c: string) => c.repeat(64);
    // b: aliases 'web' (LXD lists it first) and 'alpha'; c and d: no alias (short fingerprint); e: 'ccc'.
    const aliases = [
      { name: 'web', target: fp('b') },
      { name: 'alpha', target: fp('b') },
      { name: 'ccc', target: fp('e') },
    ];
    const pick = firstImages([fp('c'), fp('b'), fp('d'), fp('e')], aliases, 2);
    // By lowest possible name: b ('alpha'), c ('cccccccccccc' sorts after 'ccc'), e ('ccc') before it.
    expect(pick).toEqual({ fingerprints: [fp('b'), fp('e')], before: 'cccccccccccc' });
    const images = [
      { fingerprint: fp('b'), aliases: [{ name: 'web' }, { name: 'alpha' }] },
      { fingerprint: fp('e'), aliases: [{ name: 'ccc' }] },
    ];
    // b is listed as 'web', after the unread c: only e can be shown, and the whole list agrees.
    expect(imagePreviewRows(images, pick.before)).toEqual([images[1]]);
    // (The whole list: ccc, cccccccccccc, dddddddddddd, web.)
    // Every image read: nothing is left out.
    expect(firstImages([fp('c')], [], 10)).toEqual({ fingerprints: [fp('c')], before: undefined });
    expect(imagePreviewRows([images[0] as (typeof images)[0]], undefined)).toHaveLength(1);
  });
});
