import { describe, expect, it } from 'vitest';
import { editableToYaml, hiddenConfig, lineOfConfigKey, parseEditableYaml, toEditable, type EditableSchema } from './editable';

// The instance's schema; the resources' own declarations are tested beside them.
const schema: EditableSchema = {
  fields: ['description', 'config', 'devices', 'profiles', 'ephemeral'],
  isHiddenConfigKey: (key) => key.startsWith('volatile.'),
};

const instance = {
  description: 'web server',
  architecture: 'x86_64',
  stateful: false,
  config: {
    'limits.cpu': '2',
    'cloud-init.user-data': '#cloud-config\npackages: [nginx]\n',
    'volatile.idmap.base': '0',
    'volatile.last_state.power': 'RUNNING',
  },
  devices: { root: { type: 'disk', path: '/', pool: 'default', size: '1GiB' } },
  profiles: ['default', 'small'],
  ephemeral: false,
};

describe('toEditable / editableToYaml', () => {
  it('leaves out volatile keys and round-trips through YAML', () => {
    const editable = toEditable(instance, schema);
    expect(Object.keys(editable.config ?? {})).toEqual(['limits.cpu', 'cloud-init.user-data']);
    const text = editableToYaml(editable, schema);
    expect(text).not.toContain('volatile');
    // Multi-line values are written as block literals, numbers-as-text stay text.
    expect(text).toContain('cloud-init.user-data: |');
    expect(text).toContain('limits.cpu: "2"');
    expect(text.indexOf('type: disk')).toBeLessThan(text.indexOf('path: /'));
    expect(parseEditableYaml(text, schema)).toEqual({ ok: true, value: editable });
  });
});

describe('parseEditableYaml', () => {
  const parse = (text: string) => parseEditableYaml(text, schema);

  it('reports malformed YAML with its line', () => {
    const result = parse('description: x\nconfig:\n  limits.cpu: "2\n  other: 1\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(result.problems[0]?.message).not.toContain('\n');
  });

  it('reports a duplicate key on its line', () => {
    const result = parse('config:\n  limits.cpu: "1"\n  limits.cpu: "2"\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.line).toBe(3);
  });

  it('refuses fields that cannot be edited, naming the line', () => {
    const result = parse('description: x\nname: other\n');
    expect(result).toEqual({
      ok: false,
      problems: [{ message: expect.stringContaining('“name” cannot be edited here'), line: 2 }],
    });
  });

  it('refuses nested values in config and a config key without a value', () => {
    const result = parse('config:\n  limits.cpu:\n    - 1\n  limits.memory:\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { message: 'limits.cpu in config must be a single value, not a list or mapping', line: 2 },
      { message: 'limits.memory in config has no value (remove the line to unset it)', line: 4 },
    ]);
  });

  it('keeps numbers and booleans as the user spelled them (LXD stores text)', () => {
    const result = parse('config:\n  limits.cpu: 1.10\n  boot.autostart: true\n');
    expect(result.ok && result.value.config).toEqual({ 'limits.cpu': '1.10', 'boot.autostart': 'true' });
  });

  it('checks profiles and ephemeral', () => {
    const result = parse('profiles: default\nephemeral: maybe\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.line)).toEqual([1, 2]);
  });

  it('treats missing or empty sections as empty', () => {
    const result = parse('description:\nconfig:\ndevices: {}\n');
    expect(result).toEqual({
      ok: true,
      value: { description: '', config: {}, devices: {}, profiles: [], ephemeral: false },
    });
  });

  it('refuses a document that is not a mapping', () => {
    expect(parse('- a\n- b\n')).toMatchObject({ ok: false, problems: [{ line: 1 }] });
    expect(parse('')).toMatchObject({ ok: false });
  });
});

describe('lineOfConfigKey', () => {
  it('finds the line of a config key', () => {
    expect(lineOfConfigKey('description: x\nconfig:\n  a: "1"\n  limits.bogus: "1"\n', 'limits.bogus')).toBe(4);
    expect(lineOfConfigKey('config: {}\n', 'x')).toBeUndefined();
  });
});

describe('other resources', () => {
  it('a project edits description and config only: devices are refused with their line', () => {
    const project: EditableSchema = { fields: ['description', 'config'] };
    const text = editableToYaml(toEditable({ description: 'p', config: { 'features.images': 'true' } }, project), project);
    expect(text).toBe('description: p\nconfig:\n  features.images: "true"\n');
    expect(parseEditableYaml(text, project)).toEqual({ ok: true, value: { description: 'p', config: { 'features.images': 'true' } } });
    expect(parseEditableYaml(`${text}devices: {}\n`, project)).toEqual({
      ok: false,
      problems: [{ message: '“devices” cannot be edited here; the keys are description, config', line: 4 }],
    });
  });

  it('the server has only config; missing sections are empty', () => {
    const server: EditableSchema = { fields: ['config'] };
    expect(editableToYaml(toEditable({ config: {} }, server), server)).toBe('config: {}\n');
    expect(parseEditableYaml('config:\n', server)).toEqual({ ok: true, value: { config: {} } });
  });

  it('hidden keys are kept aside as the server has them', () => {
    expect(hiddenConfig(instance, schema)).toEqual({ 'volatile.idmap.base': '0', 'volatile.last_state.power': 'RUNNING' });
    expect(hiddenConfig(instance, { fields: ['config'] })).toEqual({});
  });
});
