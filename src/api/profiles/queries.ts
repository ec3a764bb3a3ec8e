import type { LxdProfile } from '@/lxd';
import { projectCollectionQueries } from '../collection';
import { profileKeys } from './keys';

export const profileQueries = projectCollectionQueries<LxdProfile>('/1.0/profiles', profileKeys);
