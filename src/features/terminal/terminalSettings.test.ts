import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  describeSession,
  loadSettings,
  parseEnvironment,
  saveSettings,
  secretVariables,
  sessionRequest,
  settingsKey,
  splitCommand,
} from './terminalSettings';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('splitCommand', () => {
  it('splits on spaces and keeps quoted words together', () => {
    expect(splitCommand('  sh -c "echo hello  world" ')).toEqual(['sh', '-c', 'echo hello  world']);
    expect(splitCommand(`su - 'my user'`)).toEqual(['su', '-', 'my user']);
    expect(splitCommand('printf a\\ b ""')).toEqual(['printf', 'a b', '']);
    expect(splitCommand('')).toEqual([]);
  });

  it('refuses an unclosed quote', () => {
    expect(() => splitCommand('sh -c "echo')).toThrow('Unclosed " quote');
  });
});

describe('parseEnvironment', () => {
  it('reads NAME=value lines, values may hold = and spaces', () => {
    expect(parseEnvironment('A=1\n\n  B=x=y z \n')).toEqual({ A: '1', B: 'x=y z' });
  });
  it('names the bad line', () => {
    expect(() => parseEnvironment('A=1\nnot a var')).toThrow('Line 2: expected NAME=value');
  });
});

describe('sessionRequest', () => {
  it('defaults to a login shell: bash where there is one, else sh', () => {
    expect(sessionRequest(DEFAULT_SETTINGS)).toEqual({
      request: { commands: [['bash', '-l'], ['sh', '-l']], environment: {} },
    });
  });

  it('uses what the user chose', () => {
    expect(sessionRequest({ command: 'ash', user: '1000', cwd: '/tmp', environment: 'LANG=C' })).toEqual({
      request: { commands: [['ash']], user: 1000, cwd: '/tmp', environment: { LANG: 'C' } },
    });
  });

  it('reports each bad field', () => {
    expect(sessionRequest({ command: "sh '", user: 'root', cwd: 'tmp', environment: '=x' })).toEqual({
      errors: {
        command: "Unclosed ' quote",
        user: 'A numeric user id, e.g. 1000',
        cwd: 'An absolute path, e.g. /root',
        environment: 'Line 1: expected NAME=value',
      },
    });
  });
});

describe('stored settings', () => {
  it('are kept per server, project and instance', () => {
    const storage = memoryStorage();
    const key = settingsKey('local', 'default', 'c1');
    saveSettings(storage, key, { ...DEFAULT_SETTINGS, command: 'ash' });
    expect(loadSettings(storage, key)).toEqual({ ...DEFAULT_SETTINGS, command: 'ash' });
    expect(loadSettings(storage, settingsKey('local', 'staging', 'c1'))).toEqual(DEFAULT_SETTINGS);
  });

  it('forget the entry when back to the defaults, and survive garbage', () => {
    const storage = memoryStorage();
    const key = settingsKey('local', 'default', 'c1');
    saveSettings(storage, key, { ...DEFAULT_SETTINGS, cwd: '/tmp' });
    saveSettings(storage, key, DEFAULT_SETTINGS);
    expect(storage.items.size).toBe(0);
    storage.setItem(key, '{not json');
    expect(loadSettings(storage, key)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('environment variables that look like secrets', () => {
  it('are found by name or by a token-like value, not by paths, locales or short values', () => {
    const text = [
      'DB_PASSWORD=hunter2',
      'GITHUB_TOKEN=x',
      'AWS_SECRET_ACCESS_KEY=abc',
      'API_KEY=1',
      'SESSION=4f9c2e8a7b1d6035e2c4a9f8b7d6e5c4',
      'PATH=/usr/local/bin:/usr/bin:/bin',
      'LANG=en_US.UTF-8',
      'KEYBOARD=us',
      'GREETING=hi-there',
    ].join('\n');
    expect(secretVariables(text)).toEqual(['DB_PASSWORD', 'GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'API_KEY', 'SESSION']);
  });

  it('are never written to storage; the other settings are', () => {
    const storage = memoryStorage();
    const key = settingsKey('local', 'default', 'c1');
    saveSettings(storage, key, { ...DEFAULT_SETTINGS, environment: 'GREETING=hi\nAPI_TOKEN=s3cr3t-value\nLANG=C' });
    expect(loadSettings(storage, key).environment).toBe('GREETING=hi\nLANG=C');
    expect([...storage.items.values()].join()).not.toContain('s3cr3t');
    saveSettings(storage, key, { ...DEFAULT_SETTINGS, environment: 'MY_PASSWORD=x' });
    expect(storage.items.size).toBe(0);
  });
});

describe('describeSession', () => {
  it('shows the command, quoting words a shell would split, then user and folder when chosen', () => {
    expect(describeSession(['sh', '-l'], {})).toBe('sh -l');
    expect(describeSession(['sh', '-c', "echo it's here"], { user: 1000, cwd: '/tmp' })).toBe(`sh -c 'echo it'\\''s here' as uid 1000 in /tmp`);
    expect(describeSession(['top'], { user: 0 })).toBe('top as uid 0');
  });
});
