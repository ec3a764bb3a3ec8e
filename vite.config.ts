import process from 'node:process';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The image servers whose catalogues the page may read: lxc's default simplestreams remotes, plus
// any given at build time (LXDECK_IMAGE_SERVERS, comma-separated URLs). Only their origins enter
// connect-src; nothing else on other hosts is ever fetched.
const DEFAULT_IMAGE_SERVER_ORIGINS = ['https://images.lxd.canonical.com', 'https://cloud-images.ubuntu.com'];

export function imageServerOrigins(extra: string | undefined): string[] {
  const origins = [...DEFAULT_IMAGE_SERVER_ORIGINS];
  for (const entry of (extra ?? '').split(',')) {
    if (!entry.trim()) continue;
    let url: URL;
    try {
      url = new URL(entry.trim());
    } catch {
      throw new Error(`LXDECK_IMAGE_SERVERS: ${JSON.stringify(entry.trim())} is not a URL`);
    }
    if (url.protocol !== 'https:') throw new Error(`LXDECK_IMAGE_SERVERS: ${url.href} is not https (LXD only pulls over HTTPS)`);
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}

// The built page enforces the same policy newer LXD sends for /ui/, so a violation shows up in tests
// against LXD 5.0 too. Dev mode is left alone: Vite's dev client needs inline scripts.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  ["connect-src 'self'", ...imageServerOrigins(process.env.LXDECK_IMAGE_SERVERS)].join(' '),
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'lxdeck-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

// LXD serves the built app at /ui/ (LXD_UI=dist), so every asset URL is under /ui/.
export default defineConfig({
  base: '/ui/',
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
