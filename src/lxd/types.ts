// Wire types for the parts of the LXD REST API this app uses. Field names follow LXD's JSON.

export type LxdResponseEnvelope<T = unknown> =
  | {
      type: 'sync';
      status: string;
      status_code: number;
      operation: string;
      error_code: number;
      error: string;
      metadata: T;
    }
  | {
      type: 'async';
      status: string;
      status_code: number;
      operation: string;
      error_code: number;
      error: string;
      metadata: LxdOperation;
    }
  | {
      type: 'error';
      error: string;
      error_code: number;
      metadata?: unknown;
    };

export type LxdAuth = 'trusted' | 'untrusted';

export interface LxdServer {
  api_extensions: string[];
  api_status: string;
  api_version: string;
  auth: LxdAuth;
  auth_methods?: string[];
  public: boolean;
  config?: Record<string, string>;
  environment?: {
    addresses?: string[];
    architectures?: string[];
    certificate?: string;
    certificate_fingerprint?: string;
    driver?: string;
    driver_version?: string;
    kernel?: string;
    kernel_version?: string;
    project?: string;
    server?: string;
    server_clustered?: boolean;
    server_name?: string;
    server_version?: string;
    storage?: string;
    storage_version?: string;
    /** Drivers this server can create pools with (`dir`, `btrfs`, `zfs` ...). */
    storage_supported_drivers?: { Name: string; Version?: string; Remote?: boolean }[];
  };
}

export type LxdInstanceStatus =
  | 'Running'
  | 'Stopped'
  | 'Frozen'
  | 'Error'
  | 'Starting'
  | 'Stopping'
  | 'Freezing'
  | 'Thawed'
  | 'Aborting'
  | 'Ready';

export type LxdInstanceType = 'container' | 'virtual-machine';

export interface LxdDevice {
  type: string;
  [key: string]: string;
}

export interface LxdInstance {
  name: string;
  description: string;
  status: LxdInstanceStatus | string;
  status_code: number;
  type: LxdInstanceType;
  architecture: string;
  config: Record<string, string>;
  devices: Record<string, LxdDevice>;
  expanded_config?: Record<string, string>;
  expanded_devices?: Record<string, LxdDevice>;
  ephemeral: boolean;
  profiles: string[];
  stateful: boolean;
  created_at: string;
  last_used_at: string;
  location: string;
  project: string;
  state?: LxdInstanceState | null;
}

export interface LxdNetworkAddress {
  family: 'inet' | 'inet6';
  address: string;
  netmask: string;
  scope: string;
}

export interface LxdInstanceNetwork {
  addresses: LxdNetworkAddress[];
  counters?: Record<string, number>;
  hwaddr: string;
  host_name: string;
  mtu: number;
  state: string;
  type: string;
}

export interface LxdInstanceState {
  status: string;
  status_code: number;
  cpu?: { usage: number };
  disk?: Record<string, { usage: number }> | null;
  memory?: { usage: number; usage_peak: number; swap_usage?: number; swap_usage_peak?: number };
  network?: Record<string, LxdInstanceNetwork> | null;
  pid: number;
  processes: number;
}

export type LxdOperationStatus =
  | 'Pending'
  | 'Running'
  | 'Cancelling'
  | 'Cancelled'
  | 'Success'
  | 'Failure';

export interface LxdOperation {
  id: string;
  class: 'task' | 'websocket' | 'token';
  description: string;
  created_at: string;
  updated_at: string;
  status: LxdOperationStatus | string;
  status_code: number;
  resources: Record<string, string[]> | null;
  metadata: Record<string, unknown> | null;
  may_cancel: boolean;
  err: string;
  location: string;
  project?: string;
}

export interface LxdProject {
  name: string;
  description: string;
  config: Record<string, string>;
  used_by?: string[] | null;
}

export interface LxdLifecycleEventMetadata {
  action: string;
  source: string;
  context?: Record<string, unknown> | null;
  requestor?: { username?: string; protocol?: string; address?: string } | null;
  name?: string;
  project?: string;
}

export type LxdEvent =
  | {
      type: 'lifecycle';
      timestamp: string;
      location?: string;
      project?: string;
      metadata: LxdLifecycleEventMetadata;
    }
  | {
      type: 'operation';
      timestamp: string;
      location?: string;
      project?: string;
      metadata: LxdOperation;
    }
  | {
      type: 'logging';
      timestamp: string;
      location?: string;
      project?: string;
      metadata: { message: string; level: string; context?: Record<string, string> };
    };

/** What instance and volume snapshots share (a volume's has no size or devices). */
export interface LxdSnapshotItem {
  name: string;
  created_at: string;
  expires_at: string | null;
}

export interface LxdSnapshot {
  name: string;
  created_at: string;
  expires_at: string;
  last_used_at: string;
  stateful: boolean;
  size: number;
  architecture: string;
  config: Record<string, string>;
  devices: Record<string, LxdDevice>;
  ephemeral: boolean;
  profiles: string[];
}

/** `GET /1.0/instances/<name>/backups?recursion=1`. A zero `expires_at` (year 1) means never. */
export interface LxdInstanceBackup {
  name: string;
  created_at: string;
  expires_at: string;
  instance_only: boolean;
  /** Older name of `instance_only`, still sent by LXD 5.0. */
  container_only?: boolean;
  optimized_storage: boolean;
}

export interface LxdImageAlias {
  name: string;
  description: string;
}

/** `GET /1.0/images?recursion=1`. */
export interface LxdImage {
  fingerprint: string;
  aliases: LxdImageAlias[] | null;
  architecture: string;
  type: LxdInstanceType | string;
  properties?: Record<string, string> | null;
  size: number;
  public: boolean;
  cached: boolean;
  auto_update: boolean;
  filename: string;
  created_at: string;
  uploaded_at: string;
  last_used_at: string;
  expires_at: string;
  profiles?: string[] | null;
}

export interface LxdProfile {
  name: string;
  description: string;
  config: Record<string, string>;
  devices: Record<string, LxdDevice>;
  used_by?: string[] | null;
  project?: string;
}

export interface LxdNetwork {
  name: string;
  description: string;
  type: string;
  /** Only managed networks can be named in a NIC's `network` key. */
  managed: boolean;
  status?: string;
  config: Record<string, string>;
  used_by?: string[] | null;
  locations?: string[] | null;
}

export interface LxdStoragePool {
  name: string;
  description: string;
  driver: string;
  status?: string;
  config: Record<string, string>;
  used_by?: string[] | null;
  locations?: string[] | null;
}

/** `GET /1.0/storage-pools/<pool>/resources`: bytes (and inodes) used of total. */
export interface LxdStoragePoolResources {
  space: { used?: number; total: number };
  inodes?: { used?: number; total: number };
}

/** Instance, image and custom volumes; only `custom` ones are created, edited and deleted by users. */
export type LxdStorageVolumeType = 'custom' | 'container' | 'virtual-machine' | 'image';

export interface LxdStorageVolume {
  name: string;
  type: LxdStorageVolumeType;
  description: string;
  config: Record<string, string>;
  content_type: 'filesystem' | 'block' | string;
  used_by?: string[] | null;
  location?: string;
  project?: string;
  created_at?: string;
  /** Set on the across-pools list, where each row must remember its pool. */
  pool?: string;
}

/** `GET /1.0/storage-pools/<pool>/volumes/<type>/<name>/state`. */
export interface LxdStorageVolumeState {
  usage: { used: number; total?: number } | null;
}

/** The writable part of an instance (`PUT /1.0/instances/<name>`). */
export interface LxdInstancePut {
  architecture?: string;
  config: Record<string, string>;
  devices: Record<string, LxdDevice>;
  ephemeral: boolean;
  profiles: string[];
  stateful?: boolean;
  description: string;
}

export interface LxdInstanceSource {
  type: 'image' | 'none' | 'copy' | 'migration';
  fingerprint?: string;
  alias?: string;
  /** `pull` from an image server (`server`, `protocol`), as `lxc launch <remote>:<alias>` does. */
  mode?: 'pull' | 'push';
  server?: string;
  protocol?: 'simplestreams' | 'lxd';
}

/** `POST /1.0/instances`. An empty name lets LXD pick one. */
export interface LxdInstancesPost extends Partial<LxdInstancePut> {
  name?: string;
  type?: LxdInstanceType;
  source: LxdInstanceSource;
}

/** `GET /1.0/networks/<name>/state`: the interface as the kernel has it. */
export interface LxdNetworkState {
  addresses: { family: string; address: string; netmask: string; scope: string }[] | null;
  counters: { bytes_received: number; bytes_sent: number; packets_received: number; packets_sent: number } | null;
  hwaddr: string;
  mtu: number;
  /** `up` or `down`. */
  state: string;
  type: string;
}

/** One DHCP lease of a managed bridge (`GET /1.0/networks/<name>/leases`). */
export interface LxdNetworkLease {
  hostname: string;
  hwaddr: string;
  address: string;
  type: string;
  location?: string;
  project?: string;
}

/** A network forward (`network_forward`): a listen address whose ports go to instances. */
export interface LxdNetworkForward {
  listen_address: string;
  description: string;
  config: Record<string, string>;
  ports: { description?: string; protocol: string; listen_port: string; target_address: string; target_port?: string }[];
  location?: string;
}

/** A network peering (`network_peer`, OVN only). */
export interface LxdNetworkPeer {
  name: string;
  description: string;
  config: Record<string, string>;
  target_project: string;
  target_network: string;
  status: string;
}

/** One rule of a network ACL, as LXD stores it (empty strings for what is not set). */
export interface LxdNetworkAclRule {
  action: 'allow' | 'reject' | 'drop' | string;
  state: 'enabled' | 'disabled' | 'logged' | string;
  description?: string;
  source?: string;
  destination?: string;
  protocol?: string;
  source_port?: string;
  destination_port?: string;
  icmp_type?: string;
  icmp_code?: string;
}

export interface LxdNetworkAcl {
  name: string;
  description: string;
  ingress: LxdNetworkAclRule[];
  egress: LxdNetworkAclRule[];
  config: Record<string, string>;
  used_by?: string[] | null;
  project?: string;
}
