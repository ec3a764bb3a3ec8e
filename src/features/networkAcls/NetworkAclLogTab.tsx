import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { networkAclQueries } from '@/api/network-acls/queries';
import { useInstanceRoute as useObjectRoute } from '@/components/useInstanceRoute';
import { useServerFeatures } from '@/api/server/useServerFeatures';

/** The ACL log (`network_acl_log`): what `logged` rules matched. LXD says when it cannot give one. */
export function NetworkAclLogTab() {
  const { project, name } = useObjectRoute();
  const client = useLxdClient();
  const features = useServerFeatures();
  const supported = features.has('network_acl_log');
  const log = useQuery({ ...networkAclQueries.log(client, project, name), enabled: supported });
  if (!supported) return <p className="muted">This LXD server has no ACL log (API extension network_acl_log).</p>;
  if (log.isPending) return <p className="muted">Reading the log…</p>;
  if (log.isError)
    return (
      <div className="state" role="status">
        <p>LXD gives no log for this ACL: {log.error.message}</p>
        <p className="muted">Rules whose state is “logged” write to the log on OVN networks; LXD 5.0 keeps no log for bridges.</p>
      </div>
    );
  return log.data ? <pre className="acl-log">{log.data}</pre> : <p className="muted">The log is empty.</p>;
}
