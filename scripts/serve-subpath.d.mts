import type { Server } from 'node:http';

/** A path's replacement answer. */
export interface Override {
  status: number;
  body: string | Uint8Array;
  /** Content-Type; application/octet-stream when left out. */
  type?: string;
}

/** A running static server. */
export interface StaticServer {
  server: Server;
  /** Paths requested so far, relative to the base path. */
  requests: string[];
  /** Files answered with 200 so far, with their body sizes in bytes. */
  served: { path: string; bytes: number }[];
  url: string;
  close(): Promise<void>;
}

export function serveStatic(options?: {
  root?: string;
  port?: number;
  base?: string;
  override?: (path: string) => Override | undefined;
  /** Extra headers on every file served. */
  headers?: Record<string, string>;
}): Promise<StaticServer>;
