import type { ResourceEvents } from '@/lxd';
import { networkAclKeys } from './keys';

export const networkAclEvents: ResourceEvents = {
  collection: 'network-acls',
  scope: 'project',
  // ACLs follow `features.networks`.
  sharedFromDefault: true,
  prefix: 'network-acl',
  all: networkAclKeys.all,
  list: networkAclKeys.list,
  detail: networkAclKeys.detail,
  path: (name) => `/1.0/network-acls/${encodeURIComponent(name)}`,
};
