import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  describeSession,
  loadSettings,
  parseEnvironment,
  saveSettings,
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

describe('describeSession', () => {
  it('shows the command, quoting words a shell would split, then user and folder when chosen', () => {
    expect(describeSession(['sh', '-l'], {})).toBe('sh -l');
    expect(describeSession(['sh', '-c', "echo it's here"], { user: 1000, cwd: '/tmp' })).toBe(`sh -c 'echo it'\\''s here' as uid 1000 in /tmp`);
    expect(describeSession(['top'], { user: 0 })).toBe('top as uid 0');
  });
});
