// Types for cluster.mjs, so the Playwright config and the cluster fixtures can import it.
import type { SandboxState } from './sandbox.mjs';

export interface ClusterState extends SandboxState {
  members: { serverName: string; sandbox: string; port: number }[];
}

export const CLUSTER_MEMBERS: readonly [string, string];
export const CLUSTER_SERVER_NAMES: readonly [string, string];
export const CLUSTER_STATE_FILE: string;
export function clusterPorts(env?: Record<string, string | undefined>): [number, number];
export function clusterUp(opts?: { ports?: number[]; quiet?: boolean }): Promise<ClusterState>;
export function clusterDown(opts?: { quiet?: boolean }): Promise<void>;
