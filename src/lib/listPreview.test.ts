import { describe, expect, it } from 'vitest';
import { firstNames, namesInUsedBy, previewCount } from './listPreview';

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
});
