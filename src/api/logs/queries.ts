import { queryOptions } from '@tanstack/react-query';
import { isLxdError, type LxdClient } from '@/lxd';
import { readConsoleLog } from '@/lxd/console';
import { logKeys } from './keys';
import { logFileNames } from './logFiles';

const logsPath = (instance: string) => `/1.0/instances/${encodeURIComponent(instance)}/logs`;

export const logQueries = {
  /** Names of the instance's log files, `lxc.log` first. */
  list: (client: LxdClient, project: string, instance: string) =>
    queryOptions({
      queryKey: logKeys.list(client.id, project, instance),
      queryFn: async ({ signal }) =>
        logFileNames((await client.get<string[]>(logsPath(instance), { project, signal })).data ?? []),
    }),
  /** The file's text; null when LXD no longer has it (a missing log is not an error for the user). */
  file: (client: LxdClient, project: string, instance: string, file: string) =>
    queryOptions({
      queryKey: logKeys.file(client.id, project, instance, file),
      queryFn: async ({ signal }): Promise<string | null> => {
        try {
          return await client.getText(`${logsPath(instance)}/${encodeURIComponent(file)}`, { project, signal });
        } catch (error) {
          if (isLxdError(error) && error.isNotFound) return null;
          throw error;
        }
      },
    }),
  /** The console's output so far (an instance that never wrote one gives ''). */
  console: (client: LxdClient, project: string, instance: string) =>
    queryOptions({
      queryKey: logKeys.console(client.id, project, instance),
      queryFn: ({ signal }) => readConsoleLog(client, project, instance, signal),
    }),
};
