/** What the user chose for the terminal of one instance, as typed in the form. */
export interface TerminalSettings {
  /** Empty means the default login shell. */
  command: string;
  /** A numeric uid; empty means root (LXD's default). */
  user: string;
  cwd: string;
  /** One KEY=value per line. */
  environment: string;
}

export const DEFAULT_SETTINGS: TerminalSettings = { command: '', user: '', cwd: '', environment: '' };

/**
 * The default shell: a login shell, `bash -l` where the image has bash, else `sh -l` (LXD answers
 * "Command not found" for bash on minimal images such as busybox, and the next one is tried).
 * Not `su -l`, which `lxc shell` uses: it starts in the home directory with a cleared
 * environment, so the chosen directory and variables would be lost, and it needs root.
 */
export const DEFAULT_SHELLS: readonly (readonly string[])[] = [
  ['bash', '-l'],
  ['sh', '-l'],
];

export interface SessionRequest {
  commands: string[][];
  user?: number;
  cwd?: string;
  environment: Record<string, string>;
}

export type SettingsErrors = Partial<Record<keyof TerminalSettings, string>>;

/** Splits a command line into words; single and double quotes group, backslash escapes. */
export function splitCommand(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quote) {
      if (char === quote) quote = null;
      else if (char === '\\' && quote === '"' && i + 1 < text.length) word += text.charAt(++i);
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (char === '\\' && i + 1 < text.length) {
      word += text.charAt(++i);
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote) throw new Error(`Unclosed ${quote} quote`);
  if (inWord) words.push(word);
  return words;
}

export function parseEnvironment(text: string): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) throw new Error(`Line ${index + 1}: expected NAME=value`);
    environment[match[1] as string] = match[2] as string;
  }
  return environment;
}

/** Checks the settings and turns them into what the exec needs. */
export function sessionRequest(settings: TerminalSettings): { request: SessionRequest } | { errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  let commands: string[][] = DEFAULT_SHELLS.map((command) => [...command]);
  let environment: Record<string, string> = {};
  let user: number | undefined;
  try {
    const words = splitCommand(settings.command);
    if (words.length > 0) commands = [words];
  } catch (error) {
    errors.command = (error as Error).message;
  }
  if (settings.user.trim()) {
    user = Number(settings.user.trim());
    if (!/^\d+$/.test(settings.user.trim()) || user > 2 ** 32 - 1) errors.user = 'A numeric user id, e.g. 1000';
  }
  const cwd = settings.cwd.trim();
  if (cwd && !cwd.startsWith('/')) errors.cwd = 'An absolute path, e.g. /root';
  try {
    environment = parseEnvironment(settings.environment);
  } catch (error) {
    errors.environment = (error as Error).message;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { request: { commands, environment, ...(user !== undefined ? { user } : {}), ...(cwd ? { cwd } : {}) } };
}

/** Settings are remembered per server, project and instance. */
export function settingsKey(server: string, project: string, instance: string): string {
  return `lxdeck.terminal.${JSON.stringify([server, project, instance])}`;
}

export function loadSettings(storage: Pick<Storage, 'getItem'>, key: string): TerminalSettings {
  try {
    const stored: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    if (!stored || typeof stored !== 'object') return DEFAULT_SETTINGS;
    const pick = (field: keyof TerminalSettings) => {
      const value = (stored as Record<string, unknown>)[field];
      return typeof value === 'string' ? value : '';
    };
    return { command: pick('command'), user: pick('user'), cwd: pick('cwd'), environment: pick('environment') };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** A name that says it holds a secret: `DB_PASSWORD`, `GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`, `API_KEY`. */
const SECRET_NAME = /pass(word|wd|phrase)?|secret|token|credential|private|auth|(^|_)(api_?)?key($|_)/i;
/** A value that looks like a key or token: one long word of letters and digits (a path or a sentence is not). */
const SECRET_VALUE = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9+/=_.-]{24,}$/;

/** The names of the environment's lines that look like secrets (by name or by value). */
export function secretVariables(text: string): string[] {
  const names: string[] = [];
  for (const raw of text.split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(raw);
    if (match && (SECRET_NAME.test(match[1] as string) || (SECRET_VALUE.test((match[2] as string).trim()) && !match[2]?.includes('/'))))
      names.push(match[1] as string);
  }
  return names;
}

/** The environment without the lines that look like secrets: what may be written to storage. */
export function withoutSecretVariables(text: string): string {
  const secret = new Set(secretVariables(text));
  return text
    .split('\n')
    .filter((raw) => !secret.has(/^\s*([A-Za-z_][A-Za-z0-9_]*)=/.exec(raw)?.[1] ?? ''))
    .join('\n');
}

/**
 * Remembers the settings, except environment variables that look like secrets: those serve the
 * page's sessions until it is closed and are never written to localStorage (readable by any script
 * of the origin, and kept on disk).
 */
export function saveSettings(storage: Pick<Storage, 'setItem' | 'removeItem'>, key: string, given: TerminalSettings): void {
  const settings = { ...given, environment: withoutSecretVariables(given.environment) };
  const isDefault = (Object.keys(DEFAULT_SETTINGS) as (keyof TerminalSettings)[]).every((field) => !settings[field].trim());
  if (isDefault) storage.removeItem(key);
  else storage.setItem(key, JSON.stringify(settings));
}

/**
 * What runs, for the status line: the command as a shell would show it, then the user and
 * folder when they are not LXD's defaults, e.g. `sh -l as uid 1000 in /tmp`.
 */
export function describeSession(command: readonly string[], request: Pick<SessionRequest, 'user' | 'cwd'>): string {
  const words = command.map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`));
  return [words.join(' '), request.user !== undefined ? `as uid ${request.user}` : '', request.cwd ? `in ${request.cwd}` : '']
    .filter(Boolean)
    .join(' ');
}
