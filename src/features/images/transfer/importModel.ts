import type { ImportPhase, ImportRequest, RootfsPart } from '@/api/images/transfer';
import { formatBytes } from '@/lib/format';

/** What the form holds; kept as it is when a request fails. */
export interface ImportFormState {
  mode: 'unified' | 'split';
  unified?: File;
  metadata?: File;
  rootfs?: File;
  rootfsPart: RootfsPart;
  aliases: string;
  public: boolean;
  properties: string;
}

export const EMPTY_FORM: ImportFormState = { mode: 'unified', rootfsPart: 'rootfs', aliases: '', public: false, properties: '' };

/** Aliases separated by spaces, commas or new lines; each once, in the order typed. */
export function parseAliases(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}

export type PropertiesResult = { ok: true; values: Record<string, string> } | { ok: false; problem: string };

/** One `key=value` per line; blank lines are skipped; the value may hold `=`. */
export function parseProperties(text: string): PropertiesResult {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const at = line.indexOf('=');
    if (at <= 0) return { ok: false, problem: `Line ${index + 1}: write key=value` };
    values[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return { ok: true, values };
}

export interface FormProblems {
  unified?: string;
  metadata?: string;
  rootfs?: string;
  properties?: string;
}

export function formProblems(state: ImportFormState): FormProblems {
  const problems: FormProblems = {};
  if (state.mode === 'unified' && !state.unified) problems.unified = 'Choose the image tarball.';
  if (state.mode === 'split' && !state.metadata) problems.metadata = 'Choose the metadata tarball.';
  if (state.mode === 'split' && !state.rootfs) problems.rootfs = 'Choose the root filesystem.';
  const properties = parseProperties(state.properties);
  if (!properties.ok) problems.properties = properties.problem;
  return problems;
}

/** The request for a valid form; undefined while something is missing. */
export function toRequest(state: ImportFormState): ImportRequest | undefined {
  if (Object.keys(formProblems(state)).length > 0) return undefined;
  const properties = parseProperties(state.properties);
  const source =
    state.mode === 'unified'
      ? state.unified && ({ kind: 'unified', file: state.unified } as const)
      : state.metadata &&
        state.rootfs && { kind: 'split' as const, metadata: state.metadata, rootfs: state.rootfs, rootfsPart: state.rootfsPart };
  if (!source || !properties.ok) return undefined;
  return { source, aliases: parseAliases(state.aliases), public: state.public, properties: properties.values };
}

export const PHASE_TEXT: Record<ImportPhase, string> = {
  checking: 'Checking the aliases…',
  uploading: 'Uploading…',
  processing: 'LXD is checking and storing the image…',
  aliases: 'Creating the aliases…',
  'checking-leftovers': 'Checking that LXD kept nothing…',
};

/** "1.2 MB of 3.4 MB (35%)". */
export function progressText(loaded: number, total: number, percent: number | undefined): string {
  if (!total) return `${formatBytes(loaded)} sent`;
  return `${formatBytes(loaded)} of ${formatBytes(total)} (${percent ?? 0}%)`;
}

export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, 12);
}
