import { createHash } from 'node:crypto';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { rolldown } from 'rolldown';
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

const SRC = fileURLToPath(new URL('./src', import.meta.url));

/**
 * The early script (src/early.ts, see src/lib/earlyRequests.ts): bundled on its own into one
 * small classic script (1 kB), so nothing of it is shared with (and waits for) the app's chunks.
 * A plain script in <head>: fetched at high priority and run as soon as it arrives, while the
 * browser's preload scanner goes on fetching the main bundle; it always runs before the app.
 */
function earlyScript(): Plugin {
  let fileName = '';
  return {
    name: 'lxdeck-early-script',
    apply: 'build',
    async buildStart() {
      const bundle = await rolldown({ input: `${SRC}/early.ts`, resolve: { alias: { '@': SRC } }, platform: 'browser' });
      const { output } = await bundle.generate({ format: 'iife', minify: true });
      await bundle.close();
      const code = output[0].code;
      fileName = `assets/early-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `/ui/${fileName}` }, injectTo: 'head-prepend' }],
  };
}

// LXD serves the built app at /ui/ (LXD_UI=dist), so every asset URL is under /ui/.
export default defineConfig({
  base: '/ui/',
  // Both put their tags first in <head>, the later plugin's above the earlier's: the policy must come first.
  plugins: [react(), earlyScript(), contentSecurityPolicy()],
  resolve: {
    alias: { '@': SRC },
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
