// A real two-member LXD cluster on loopback for the cluster browser tests: two sandboxes
// (scripts/lib/sandbox.mjs, each with its own LXD_DIR) on two ports, member 1 created as a
// cluster, member 2 joined with a token from member 1. Member 1 serves the dashboard at /ui/
// and trusts the sandbox client certificate; trust, images and instances are cluster-wide.
import { Buffer } from 'node:buffer';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { SANDBOX_ROOT, api, readState, sandboxDown, sandboxUp, unixRequest } from './sandbox.mjs';

/** Sandbox names of the members; their LXD server names are `member1` and `member2`. */
export const CLUSTER_MEMBERS = ['cluster-m1', 'cluster-m2'];
export const CLUSTER_SERVER_NAMES = ['member1', 'member2'];
export const CLUSTER_STATE_FILE = path.join(SANDBOX_ROOT, 'cluster.json');

/** The members' ports: LXDECK_CLUSTER_PORT and the next one (default 18581, 18582). */
export function clusterPorts(env = process.env) {
  const first = Number(env.LXDECK_CLUSTER_PORT || 18581);
  return [first, first + 1];
}

const address = (port) => `127.0.0.1:${port}`;

// No network: the members' instances need none, and a bridge would have to be created on
// each member before the cluster-wide one (two more round trips per start).
const profiles = [{ name: 'default', description: 'Default LXD profile', devices: { root: { path: '/', pool: 'default', type: 'disk' } } }];

function firstMemberPreseed(port) {
  return {
    config: { 'core.https_address': address(port), 'cluster.https_address': address(port) },
    cluster: { server_name: CLUSTER_SERVER_NAMES[0], enabled: true },
    storage_pools: [{ name: 'default', driver: 'dir' }],
    profiles,
  };
}

async function joiningMemberPreseed(ports) {
  // A join token is single-use and names the member; a stale one from a failed join is removed first.
  const name = CLUSTER_SERVER_NAMES[1];
  for (const op of (await api(CLUSTER_MEMBERS[0], 'GET', '/1.0/operations?recursion=1')).running ?? []) {
    if (op.class === 'token' && op.metadata?.serverName === name) await api(CLUSTER_MEMBERS[0], 'DELETE', `/1.0/operations/${op.id}`);
  }
  // The token operation runs until the token is used: read it from the answer, never wait for it.
  const res = await unixRequest(CLUSTER_MEMBERS[0], 'POST', '/1.0/cluster/members', { server_name: name });
  const meta = res.body?.metadata?.metadata;
  if (res.status >= 400 || !meta?.secret) throw new Error(`No join token from member 1: ${res.status} ${JSON.stringify(res.body)}`);
  // What `lxc cluster add` prints: the token's fields as JSON, base64.
  const token = Buffer.from(
    JSON.stringify({ server_name: name, fingerprint: meta.fingerprint, addresses: meta.addresses, secret: meta.secret, expires_at: meta.expiresAt }),
  ).toString('base64');
  return {
    cluster: {
      enabled: true,
      server_name: name,
      server_address: address(ports[1]),
      cluster_address: address(ports[0]),
      cluster_token: token,
      member_config: [{ entity: 'storage-pool', name: 'default', key: 'source', value: '' }],
    },
  };
}

/**
 * Starts (or reuses) both members and returns the cluster's state: member 1's sandbox state
 * (URL, certificate) plus the members. Also written to .sandbox/cluster.json.
 */
export async function clusterUp({ ports = clusterPorts(), quiet = true } = {}) {
  const first = await sandboxUp({ name: CLUSTER_MEMBERS[0], port: ports[0], quiet, preseed: async () => firstMemberPreseed(ports[0]) });
  await sandboxUp({ name: CLUSTER_MEMBERS[1], port: ports[1], quiet, preseed: () => joiningMemberPreseed(ports) });
  const state = {
    ...first,
    members: CLUSTER_SERVER_NAMES.map((serverName, i) => ({ serverName, sandbox: CLUSTER_MEMBERS[i], port: ports[i] })),
  };
  writeFileSync(CLUSTER_STATE_FILE, `${JSON.stringify(state, null, 2)}\n`);
  return state;
}

/** Stops both members (the joined one first, so member 1 keeps the database to the end) and deletes them. */
export async function clusterDown({ quiet = true } = {}) {
  for (const name of [...CLUSTER_MEMBERS].reverse()) {
    if (existsSync(path.join(SANDBOX_ROOT, name)) || readState(name)) await sandboxDown({ name, purge: true, quiet });
  }
  rmSync(CLUSTER_STATE_FILE, { force: true });
}
