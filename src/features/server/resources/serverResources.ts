import type { LxdResources } from '@/api/server/types';

export interface CpuSummary {
  sockets?: number;
  cores?: number;
  /** Logical CPUs (LXD's `cpu.total`). */
  threads?: number;
  /** Distinct models, e.g. `GenuineIntel Intel(R) Xeon(R) Processor`. */
  models: string[];
  architecture?: string;
}

/** Sockets, cores and threads as `/1.0/resources` counts them; a part LXD left out stays undefined. */
export function cpuSummary(resources: LxdResources): CpuSummary {
  const cpu = resources.cpu;
  const sockets = cpu?.sockets;
  const threads = cpu?.total ?? (sockets ? sockets.reduce((sum, socket) => sum + (socket.cores ?? []).reduce((n, core) => n + (core.threads?.length ?? 0), 0), 0) : undefined);
  const models = [...new Set((sockets ?? []).map((socket) => [socket.vendor, socket.name].filter(Boolean).join(' ')).filter(Boolean))];
  return {
    sockets: sockets?.length,
    cores: sockets ? sockets.reduce((sum, socket) => sum + (socket.cores?.length ?? 0), 0) : undefined,
    threads,
    models,
    architecture: cpu?.architecture,
  };
}

/** Used memory as a share of the total (0–100), when LXD reported both. */
export function memoryPercent(resources: LxdResources): number | undefined {
  const { used, total } = resources.memory ?? {};
  return used !== undefined && total ? Math.round((used / total) * 100) : undefined;
}

/** A card's maker and product, or its PCI ids when LXD knows no names. */
export function cardName(card: { vendor?: string; product?: string; vendor_id?: string; product_id?: string }): string | undefined {
  const named = [card.vendor, card.product].filter(Boolean).join(' ');
  if (named) return named;
  return card.vendor_id || card.product_id ? `PCI ${card.vendor_id ?? '?'}:${card.product_id ?? '?'}` : undefined;
}
