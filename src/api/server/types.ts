/** `GET /1.0/resources`: the parts of LXD's answer the server page shows. Every part may be missing. */
export interface LxdResources {
  cpu?: {
    architecture?: string;
    total?: number;
    sockets?: {
      name?: string;
      vendor?: string;
      socket?: number;
      cores?: { core?: number; threads?: { id?: number; online?: boolean }[] }[];
      frequency?: number;
    }[];
  };
  memory?: { used?: number; total?: number };
  gpu?: {
    total?: number;
    cards?: { driver?: string; driver_version?: string; vendor?: string; vendor_id?: string; product?: string; product_id?: string; pci_address?: string }[];
  };
  network?: {
    total?: number;
    cards?: {
      driver?: string;
      vendor?: string;
      vendor_id?: string;
      product?: string;
      product_id?: string;
      pci_address?: string;
      ports?: { id?: string; address?: string; port_type?: string; link_detected?: boolean; link_speed?: number }[];
    }[];
  };
  storage?: {
    total?: number;
    disks?: { id?: string; model?: string; type?: string; size?: number; read_only?: boolean; removable?: boolean; rpm?: number }[];
  };
}

/** One key of `GET /1.0/metadata/configuration` (newer LXD, `metadata_configuration`). */
export interface LxdConfigKeyMetadata {
  shortdesc?: string;
  longdesc?: string;
  type?: string;
  scope?: string;
  defaultdesc?: string;
}

/** `GET /1.0/metadata/configuration`: `configs.server` groups keys by namespace. */
export interface LxdConfigMetadata {
  configs?: Record<string, Record<string, { keys?: Record<string, LxdConfigKeyMetadata>[] }> | undefined>;
}
