import type { LxdClient } from './client';
import { isLxdError } from './errors';

/**
 * LXD 5.0.2 answers `500 open : no such file or directory` when the instance has not written
 * a console log yet: that is an empty log, not an error.
 */
export function isMissingConsoleLog(error: unknown): boolean {
  return isLxdError(error) && error.status === 500 && /no such file or directory/i.test(error.message);
}

/** The console output so far (`GET /1.0/instances/<name>/console`). */
export async function readConsoleLog(
  client: LxdClient,
  project: string,
  instance: string,
  signal?: AbortSignal,
): Promise<string> {
  try {
    return await client.getText(`/1.0/instances/${encodeURIComponent(instance)}/console`, { project, signal });
  } catch (error) {
    if (isMissingConsoleLog(error)) return '';
    throw error;
  }
}
