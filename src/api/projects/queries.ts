import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdProject } from '@/lxd';
import { serverCollectionQueries } from '../collection';
import { projectKeys } from './keys';
import { compareText } from '@/lib/format';

const collection = serverCollectionQueries<LxdProject>('/1.0/projects', projectKeys);

export const projectQueries = {
  list: (client: LxdClient) =>
    queryOptions({ ...collection.list(client), select: (projects) => [...projects].sort((a, b) => compareText(a.name, b.name)) }),
  detail: collection.detail,
};
