/** `GET /1.0/cluster/members/<name>` (fields of LXD 5.0 and newer). */
export interface LxdClusterMember {
  server_name: string;
  url: string;
  /** `database-leader`, `database`, `database-standby`, newer LXD also `database-voter`, `event-hub` ... */
  roles: string[] | null;
  /** LXD before `database-voter` says it with this flag. */
  database?: boolean;
  architecture: string;
  failure_domain: string;
  description: string;
  status: string;
  message: string;
  config: Record<string, string> | null;
  groups: string[] | null;
}

/** What `PUT /1.0/cluster/members/<name>` takes. */
export interface LxdClusterMemberPut {
  description: string;
  config: Record<string, string>;
  failure_domain: string;
  roles: string[];
  groups: string[];
}

/** `GET /1.0/cluster/members/<name>/state` (extension `cluster_member_state`). */
export interface LxdClusterMemberState {
  sysinfo?: {
    uptime?: number;
    load_averages?: number[];
    total_ram?: number;
    free_ram?: number;
    buffered_ram?: number;
    processes?: number;
  };
  storage_pools?: Record<string, unknown>;
}

/** `GET /1.0/cluster/groups/<name>` (extension `clustering_groups`). */
export interface LxdClusterGroup {
  name: string;
  description: string;
  members: string[] | null;
  used_by?: string[] | null;
}
