import { describe, expect, it } from 'vitest';
import { setConfigValue, setDescription } from './yamlDraft';

const text = `# my notes
description: web
config:
  limits.cpu: "1" # keep this comment
devices: {}
profiles:
  - default
ephemeral: false
`;

describe('form edits of the YAML draft', () => {
  it('changes one key and keeps comments and the rest as typed', () => {
    const next = setConfigValue(text, 'limits.cpu', '2');
    expect(next).toContain('# my notes');
    expect(next).toContain('limits.cpu: "2" # keep this comment');
  });

  it('adds and removes keys; empty means unset', () => {
    const added = setConfigValue(text, 'limits.memory', '1GiB') ?? '';
    expect(added).toContain('  limits.memory: 1GiB');
    expect(setConfigValue(added, 'limits.memory', '')).not.toContain('limits.memory');
  });

  it('turns an empty config into a block mapping', () => {
    expect(setConfigValue('config: {}\n', 'limits.cpu', '2')).toBe('config:\n  limits.cpu: "2"\n');
    expect(setConfigValue('config:\n', 'limits.cpu', '2')).toBe('config:\n  limits.cpu: "2"\n');
  });

  it('gives up on text that does not parse', () => {
    expect(setConfigValue('config: [\n', 'limits.cpu', '2')).toBeUndefined();
  });

  it('sets the description', () => {
    expect(setDescription(text, 'api') ?? '').toContain('description: api');
  });
});
