import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLxdClient } from '@/api/client-context';
import { METRICS_INTERVAL_MS, metricsQueries } from '@/api/metrics/queries';
import { useServerFeatures } from '@/api/server/useServerFeatures';
import { errorText } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { formatBytes } from '@/lib/format';
import type { TopEntry } from '@/lib/metricsHistory';
import { loadSparkline, Sparkline } from './Sparkline';
import { Tile, TileUnavailable } from './Tile';

const TOP = 4;

/**
 * The busiest instances by CPU and by memory from `/1.0/metrics`, each with its recent history.
 * Read every 15 s only while this tile is on screen (the query stops when it unmounts).
 */
export function TopInstancesTile({ project }: { project: string | undefined }) {
  const client = useLxdClient();
  const { has } = useServerFeatures();
  const available = has('metrics');
  const reading = useQuery({ ...metricsQueries.history(client, project), enabled: available });
  // The charts' code downloads while the metrics are read, not after them.
  useEffect(() => {
    if (available) void loadSparkline();
  }, [available]);
  return (
    <Tile id="top" title="Top instances" detail={`every ${METRICS_INTERVAL_MS / 1000} s`} ready={!available || !reading.isPending}>
      {!available ? (
        <TileUnavailable>This LXD has no metrics API (the API extension “metrics”).</TileUnavailable>
      ) : reading.isPending ? (
        <LoadingState label="Reading metrics…" />
      ) : reading.isError && !reading.data ? (
        <TileUnavailable>{errorText(reading.error)}</TileUnavailable>
      ) : (
        <div className="wall-top">
          <TopList
            title="CPU"
            entries={reading.data.history.top('cpu', TOP)}
            format={(value) => `${value.toFixed(value < 10 ? 1 : 0)} %`}
            minMax={5}
            empty="CPU use shows from the second reading (15 s)."
            showProject={!project}
          />
          <TopList
            title="Memory"
            entries={reading.data.history.top('memory', TOP)}
            format={formatBytes}
            minMax={1024 * 1024}
            empty="No running instance."
            showProject={!project}
          />
        </div>
      )}
    </Tile>
  );
}

interface TopListProps {
  title: string;
  entries: TopEntry[];
  format: (value: number) => string;
  minMax: number;
  empty: string;
  showProject: boolean;
}

function TopList({ title, entries, format, minMax, empty, showProject }: TopListProps) {
  return (
    <div className="wall-top-list" data-metric={title.toLowerCase()}>
      <h3 className="wall-subtitle">{title}</h3>
      {entries.length === 0 ? (
        <p className="wall-muted">{empty}</p>
      ) : (
        <ol className="wall-list">
          {entries.map((entry) => (
            <li key={entry.key} data-instance={entry.name}>
              <span className="wall-clip wall-name">{showProject ? `${entry.project} / ${entry.name}` : entry.name}</span>
              <span className="wall-value">{format(entry.value)}</span>
              <Sparkline
                times={entry.history.times}
                values={entry.history.values}
                minMax={minMax}
                label={`${title} of ${entry.name} over the last ${entry.history.times.length} readings`}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
