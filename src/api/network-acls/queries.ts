import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdNetworkAcl } from '@/lxd';
import { objectPath, projectCollectionQueries } from '../collection';
import { networkAclKeys } from './keys';

const ACLS = '/1.0/network-acls';
export const networkAclPath = (name: string) => objectPath(ACLS, name);

export const networkAclQueries = {
  ...projectCollectionQueries<LxdNetworkAcl>(ACLS, networkAclKeys),
  /** The ACL's log (`network_acl_log`): plain text; LXD 5.0 has it for OVN networks only and says so. */
  log: (client: LxdClient, project: string, name: string) =>
    queryOptions({
      queryKey: networkAclKeys.log(client.id, project, name),
      queryFn: ({ signal }) => client.getText(`${networkAclPath(name)}/log`, { project, signal }),
      retry: false,
    }),
};
