import { serverCollectionQueries } from '../collection';
import { warningKeys } from './keys';
import type { LxdWarning } from './types';

/** Warnings are server-wide: one list (`?recursion=1`) across projects and members. */
export const warningQueries = serverCollectionQueries<LxdWarning>('/1.0/warnings', warningKeys);
