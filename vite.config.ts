import { createHash } from 'node:crypto';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { rolldown, type CodeSplittingGroup } from 'rolldown';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Origins from a build-time list of https URLs (comma-separated, e.g. LXDECK_IMAGE_SERVERS): each
 * entry must be an https URL; only its origin is kept, each once. Anything else fails the build.
 */
export function httpsOrigins(variable: string, value: string | undefined, why: string): string[] {
  const origins: string[] = [];
  for (const entry of (value ?? '').split(',')) {
    if (!entry.trim()) continue;
    let url: URL;
    try {
      url = new URL(entry.trim());
    } catch {
      throw new Error(`${variable}: ${JSON.stringify(entry.trim())} is not a URL`);
    }
    if (url.protocol !== 'https:') throw new Error(`${variable}: ${url.href} is not https (${why})`);
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}

// The image servers whose catalogues the page may read: lxc's default simplestreams remotes, plus
// any given at build time (LXDECK_IMAGE_SERVERS, comma-separated URLs). Only their origins enter
// connect-src; nothing else on other hosts is ever fetched.
const DEFAULT_IMAGE_SERVER_ORIGINS = ['https://images.lxd.canonical.com', 'https://cloud-images.ubuntu.com'];

export function imageServerOrigins(extra: string | undefined): string[] {
  const origins = [...DEFAULT_IMAGE_SERVER_ORIGINS];
  for (const origin of httpsOrigins('LXDECK_IMAGE_SERVERS', extra, 'LXD only pulls over HTTPS')) {
    if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
}

// The LXD servers whose walls this server's wall may show in frames (LXDECK_WALL_SERVERS,
// comma-separated https URLs; the same build is served by each of them). Their origins enter
// frame-src, and the framed page runs only under one of them (src/lib/frameGuard.ts).
export const wallServerOrigins = (value: string | undefined) => httpsOrigins('LXDECK_WALL_SERVERS', value, 'LXD serves its API and /ui/ over HTTPS');
const WALL_SERVER_ORIGINS = wallServerOrigins(process.env.LXDECK_WALL_SERVERS);

// The built page enforces the same policy newer LXD sends for /ui/, so a violation shows up in tests
// against LXD 5.0 too. Dev mode is left alone: Vite's dev client needs inline scripts.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  ["connect-src 'self'", ...imageServerOrigins(process.env.LXDECK_IMAGE_SERVERS)].join(' '),
  // Other servers' walls, framed by the composed wall (`#/wall?servers=all`); nothing else of theirs.
  ["frame-src 'self'", ...WALL_SERVER_ORIGINS].join(' '),
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Trusted Types: no string reaches a script sink (innerHTML, script URLs, workers) unless a policy
  // made it; the only policy allowed is `default`, which admits the build's own worker scripts
  // (src/lib/trustedTypes.ts). React, xterm.js and CodeMirror need none.
  "require-trusted-types-for 'script'",
  'trusted-types default',
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

// Both the app and the early script read the list as a constant (src/env.d.ts).
const DEFINES = {
  __LXDECK_BENCH__: JSON.stringify(process.env.LXDECK_BENCH === '1'),
  __LXDECK_WALL_SERVERS__: JSON.stringify(WALL_SERVER_ORIGINS),
};

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
      const bundle = await rolldown({
        input: `${SRC}/early.ts`,
        resolve: { alias: { '@': SRC } },
        platform: 'browser',
        transform: { define: { __LXDECK_WALL_SERVERS__: DEFINES.__LXDECK_WALL_SERVERS__ } },
      });
      const { output } = await bundle.generate({ format: 'iife', minify: true });
      await bundle.close();
      const code = output[0].code;
      fileName = `assets/early-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `/ui/${fileName}` }, injectTo: 'head-prepend' }],
  };
}

/**
 * The pages the early script starts downloading beside the main bundle (section of the address →
 * the page's module): a list page is its own chunk, which the app would only ask for once the main
 * bundle has run. A `<meta name="lxdeck-pages">` lists each page's files (its chunk, the chunks
 * it imports that the main bundle does not, its CSS) for the early script to preload.
 */
const EARLY_PAGES: Record<string, string[]> = {
  profiles: ['src/features/profiles/ProfileListPage.tsx'],
  images: ['src/features/images/ImageListPage.tsx'],
  networks: ['src/features/networks/NetworkListPage.tsx'],
  // A pool's Volumes tab: the pool page, then its tab, each its own chunk.
  'pool-volumes': ['src/features/storage/PoolDetailPage.tsx', 'src/features/storage/PoolVolumesTab.tsx'],
  // The wall and its charts' code (loaded by the Top instances tile once it renders).
  wall: ['src/features/wall/WallPage.tsx', 'src/features/wall/sparkline.ts'],
};

type BundleChunk = { type: 'chunk'; fileName: string; imports: string[]; facadeModuleId?: string | null; viteMetadata?: { importedCss: Set<string> } };

function pageFiles(bundle: Record<string, { type: string }>, entry: string, module: string): string[] {
  const chunks = Object.values(bundle).filter((item): item is BundleChunk => item.type === 'chunk') as BundleChunk[];
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (start: string, into: Set<string>) => {
    if (into.has(start)) return into;
    into.add(start);
    for (const imported of byName.get(start)?.imports ?? []) closure(imported, into);
    return into;
  };
  const loaded = closure(entry, new Set());
  const page = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(module));
  if (!page) throw new Error(`lxdeck-pages: no chunk for ${module}`);
  const files: string[] = [];
  for (const name of closure(page.fileName, new Set())) {
    if (loaded.has(name)) continue;
    files.push(name, ...(byName.get(name)?.viteMetadata?.importedCss ?? []));
  }
  return [...new Set(files)].map((file) => `/ui/${file}`);
}

function earlyPages(): Plugin {
  return {
    name: 'lxdeck-early-pages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const { bundle, chunk } = ctx;
        if (!bundle || !chunk) return [];
        const pages = Object.fromEntries(
          Object.entries(EARLY_PAGES).map(([section, modules]) => [
            section,
            [...new Set(modules.flatMap((module) => pageFiles(bundle as never, chunk.fileName, module)))],
          ]),
        );
        return [{ tag: 'meta', attrs: { name: 'lxdeck-pages', content: JSON.stringify(pages) }, injectTo: 'head-prepend' }];
      },
    },
  };
}

/**
 * The first screens' shared code in one file. Left to itself the bundler gives every set of pages
 * that share modules its own chunk: a pool's Volumes tab loaded 31 files of 57 kB in all (dialogs,
 * queries, cells of 0.1-6 kB each), each one more request on a cold load beside the page's API
 * reads. The modules the pages the early script preloads (EARLY_PAGES) share, and the entry does
 * not load, go into one chunk; the entry's own modules stay where they are, so the first load
 * does not grow.
 */
function sharedPageChunk(): { plugin: Plugin; group: CodeSplittingGroup } {
  const initial = new Set<string>();
  const pages = new Set<string>();
  const plugin: Plugin = {
    name: 'lxdeck-shared-page-chunk',
    apply: 'build',
    buildEnd() {
      // Every module `id` imports statically, directly or not.
      const closure = (id: string, into: Set<string>) => {
        if (into.has(id)) return;
        into.add(id);
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) closure(next, into);
      };
      initial.clear();
      pages.clear();
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) closure(id, initial);
      for (const module of new Set(Object.values(EARLY_PAGES).flat())) closure(fileURLToPath(new URL(`./${module}`, import.meta.url)), pages);
    },
  };
  const group: CodeSplittingGroup = {
    name: 'pages',
    test: (id) => pages.has(id) && !initial.has(id),
    minShareCount: 2,
    includeDependenciesRecursively: false,
  };
  return { plugin, group };
}
const SHARED_PAGE_CHUNK = sharedPageChunk();

// LXD serves the built app at /ui/ (LXD_UI=dist), so every asset URL is under /ui/.
export default defineConfig({
  base: '/ui/',
  // LXDECK_BENCH=1 (npm run bench) builds in the soak benchmark's event replay hook (realtime/benchReplay.ts).
  // LXDECK_WALL_SERVERS: the other servers whose walls may be framed (see above).
  define: DEFINES,
  // Both put their tags first in <head>, the later plugin's above the earlier's: the policy must come first.
  plugins: [react(), earlyScript(), contentSecurityPolicy(), earlyPages(), SHARED_PAGE_CHUNK.plugin],
  resolve: {
    alias: { '@': SRC },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
    // Every browser the dashboard supports preloads modules itself; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: [SHARED_PAGE_CHUNK.group] } } },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
