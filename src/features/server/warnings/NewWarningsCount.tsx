import { useFirstScreenDone } from '@/components/useFirstScreenDone';
import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { useServerFeatures } from '@/api/server/useServerFeatures';
import { warningQueries } from '@/api/warnings/queries';
import { countNewWarnings } from '@/api/warnings/types';

/**
 * The number of new (unacknowledged) warnings, for the shell's Server entry. Read once; the
 * `warning-*` lifecycle events then patch the list (one warning read per event), nothing polls.
 */
export function NewWarningsCount() {
  const client = useLxdClient();
  // Read once the first screen is in: the count is not what the page was opened for.
  const ready = useFirstScreenDone();
  const enabled = useServerFeatures().has('warnings') && ready;
  const count = useQuery({ ...warningQueries.list(client), enabled, select: countNewWarnings }).data ?? 0;
  if (count === 0) return null;
  return (
    <span className="nav-count" data-new-warnings={count}>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{`, ${count} new warning${count === 1 ? '' : 's'}`}</span>
    </span>
  );
}
