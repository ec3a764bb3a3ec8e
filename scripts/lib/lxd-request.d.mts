import type { Agent } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';

export function clientAgent(options: {
  cert: string | Buffer;
  key: string | Buffer;
  keepAlive?: boolean;
  maxSockets?: number;
}): Agent;

export function lxdRequest(options: {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
  socketPath?: string;
  origin?: string;
  agent?: Agent;
}): Promise<{ status: number; headers: IncomingHttpHeaders; body: unknown }>;
