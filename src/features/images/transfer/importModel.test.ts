import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, formProblems, parseAliases, parseProperties, progressText, toRequest } from './importModel';

const file = (name: string) => new File(['x'], name);

describe('import form', () => {
  it('splits aliases on spaces, commas and lines, each once', () => {
    expect(parseAliases(' busybox, busybox/1.35\nbb  busybox ')).toEqual(['busybox', 'busybox/1.35', 'bb']);
    expect(parseAliases('  ')).toEqual([]);
  });

  it('reads properties as key=value lines; a value may hold "="; a line without a key is a problem', () => {
    expect(parseProperties('os = Busybox\n\nrelease=1.35\ndescription=a=b')).toEqual({
      ok: true,
      values: { os: 'Busybox', release: '1.35', description: 'a=b' },
    });
    expect(parseProperties('os=Busybox\njust text')).toEqual({ ok: false, problem: 'Line 2: write key=value' });
    expect(parseProperties('=value')).toEqual({ ok: false, problem: 'Line 1: write key=value' });
  });

  it('asks for the files the chosen shape needs', () => {
    expect(formProblems(EMPTY_FORM)).toEqual({ unified: 'Choose the image tarball.' });
    expect(formProblems({ ...EMPTY_FORM, mode: 'split', rootfs: file('r.squashfs') })).toEqual({ metadata: 'Choose the metadata tarball.' });
    expect(formProblems({ ...EMPTY_FORM, unified: file('i.tar.gz'), properties: 'nope' })).toEqual({ properties: 'Line 1: write key=value' });
  });

  it('builds the request from the shape chosen, whatever the other shape still holds', () => {
    const unified = file('i.tar.gz');
    const metadata = file('m.tar.xz');
    const rootfs = file('disk.img');
    const base = { ...EMPTY_FORM, unified, metadata, rootfs, aliases: 'a b', public: true, properties: 'os=X' };
    expect(toRequest(base)).toEqual({ source: { kind: 'unified', file: unified }, aliases: ['a', 'b'], public: true, properties: { os: 'X' } });
    expect(toRequest({ ...base, mode: 'split', rootfsPart: 'rootfs.img' })?.source).toEqual({
      kind: 'split',
      metadata,
      rootfs,
      rootfsPart: 'rootfs.img',
    });
    expect(toRequest({ ...base, mode: 'split', metadata: undefined })).toBeUndefined();
  });

  it('says bytes sent of the total with the percent', () => {
    expect(progressText(512 * 1024, 2 * 1024 * 1024, 25)).toBe('512 KiB of 2.0 MiB (25%)');
    expect(progressText(100, 0, undefined)).toBe('100 B sent');
  });
});
