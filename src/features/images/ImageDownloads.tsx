import { useMemo } from 'react';
import { useLxdClient } from '@/api/client-context';
import { useRunningOperations, type OperationProgress } from '@/realtime/operationProgress';

/** LXD's description of the operation that fetches an image (a copy from a server, a launch that pulls). */
const DOWNLOAD = 'Downloading image';

/**
 * Images being fetched into this project right now (a copy started here, elsewhere or by `lxc`),
 * with LXD's progress, from the operation events: nothing is requested for it.
 */
export function ImageDownloads({ project }: { project: string }) {
  const client = useLxdClient();
  const match = useMemo(
    () => (progress: OperationProgress) => progress.description === DOWNLOAD && (progress.project ?? project) === project,
    [project],
  );
  const downloads = useRunningOperations(client.id, match);
  if (downloads.length === 0) return null;
  return (
    <section className="image-downloads" aria-label="Images being downloaded">
      <ul>
        {downloads.map((download) => (
          <li key={download.id}>
            <span>{download.text ? `${DOWNLOAD}: ${download.text}` : `${DOWNLOAD}…`}</span>
            {download.percent !== undefined && (
              <progress max={100} value={download.percent} aria-label={`${DOWNLOAD} ${download.id.slice(0, 8)}`}>
                {download.percent}%
              </progress>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
