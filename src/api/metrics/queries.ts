import { queryOptions } from '@tanstack/react-query';
import { MetricsHistory } from '@/lib/metricsHistory';
import { instanceUsage, parseOpenMetrics } from '@/lib/openMetrics';
import type { LxdClient } from '@/lxd';
import { serverKeys } from '../server/keys';

export const metricsKeys = {
  /** `project` undefined: every project (LXD's answer without `?project=`). */
  history: (server: string, project: string | undefined) => [...serverKeys.all(server), 'metrics', project ?? '*'] as const,
};

export interface MetricsReading {
  /** Every reading so far, bounded (see lib/metricsHistory.ts); one object for the query's life. */
  history: MetricsHistory;
  /** When the last answer arrived (ms); LXD's text carries no timestamps. */
  at: number;
}

/** LXD caches `/1.0/metrics` for 8 s; asking more often would only repeat the same figures. */
export const METRICS_INTERVAL_MS = 15_000;

export const metricsQueries = {
  /**
   * Per-instance CPU % and memory histories from `GET /1.0/metrics` (extension `metrics`), read
   * every 15 s while a component shows them. Each reading is added to the history the previous
   * one left in the cache; once nobody shows it, the query and its history are dropped at once.
   */
  history: (client: LxdClient, project: string | undefined) =>
    queryOptions({
      queryKey: metricsKeys.history(client.id, project),
      queryFn: async ({ signal, client: queryClient, queryKey }): Promise<MetricsReading> => {
        const text = await client.getText('/1.0/metrics', { ...(project ? { project } : {}), signal });
        const at = Date.now();
        const history = queryClient.getQueryData<MetricsReading>(queryKey)?.history ?? new MetricsHistory();
        history.add(instanceUsage(parseOpenMetrics(text)), at);
        return { history, at };
      },
      refetchInterval: METRICS_INTERVAL_MS,
      gcTime: 0,
      structuralSharing: false,
    }),
};
