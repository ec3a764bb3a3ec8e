import type { LxdInstance } from '@/lxd';

/** Lifecycle actions for one instance (start, stop, restart, freeze, delete, ...). */
export function InstanceActions({ instance }: { instance: LxdInstance }) {
  void instance;
  return null;
}
