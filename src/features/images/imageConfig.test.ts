import { describe, expect, it } from 'vitest';
import { editableToYaml, parseEditableYaml, toEditable } from '@/lib/config/editable';
import { imageConfigResource } from './imageConfig';

const image = {
  fingerprint: 'f'.repeat(64),
  properties: { os: 'Busybox', description: '<b>x</b>' },
  public: false,
  auto_update: true,
  expires_at: '0001-01-01T00:00:00Z',
  profiles: ['default'],
};

describe('imageConfigResource', () => {
  it('edits profiles and expiry only when the server has image_profiles and images_expiry', () => {
    expect(imageConfigResource({ profiles: true, expiry: true }).fields).toEqual(['properties', 'public', 'auto_update', 'expires_at', 'profiles']);
    expect(imageConfigResource({ profiles: false, expiry: false }).fields).toEqual(['properties', 'public', 'auto_update']);
    // A module constant per combination: the editor keys its parsing by identity.
    expect(imageConfigResource({ profiles: true, expiry: false })).toBe(imageConfigResource({ profiles: true, expiry: false }));
  });

  it('round-trips an image through the YAML and builds the PUT body', () => {
    const resource = imageConfigResource({ profiles: true, expiry: true });
    const text = editableToYaml(toEditable(image, resource), resource);
    expect(text).toContain('auto_update: true');
    const parsed = parseEditableYaml(text.replace('public: false', 'public: true'), resource);
    if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
    expect(resource.toPutBody?.(parsed.value, image as never)).toEqual({
      properties: image.properties,
      public: true,
      auto_update: true,
      expires_at: '0001-01-01T00:00:00Z',
      profiles: ['default'],
    });
  });

  it('leaves out an empty expiry and reports a flag that is not true or false at its line', () => {
    const resource = imageConfigResource({ profiles: false, expiry: true });
    const parsed = parseEditableYaml('properties:\n  os: x\npublic: false\nauto_update: false\nexpires_at:\n', resource);
    if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
    expect(resource.toPutBody?.(parsed.value, image as never)).toEqual({ properties: { os: 'x' }, public: false, auto_update: false });
    expect(parseEditableYaml('properties: {}\npublic: maybe\nauto_update: false\n', resource)).toEqual({
      ok: false,
      problems: [{ message: 'public must be true or false', line: 2 }],
    });
  });
});
