/**
 * The page's CSP enforces Trusted Types (`require-trusted-types-for 'script'`, vite.config.ts):
 * a string given to a script sink (`innerHTML`, `script.src`, `new Worker(url)` …) is refused
 * unless a policy turned it into a trusted value. The app's own code, React, xterm.js and
 * CodeMirror use no such sink. The one exception is a Web Worker: Vite writes
 * `new Worker(new URL('/ui/assets/….js', import.meta.url))`, a plain URL. The CSP allows one
 * policy, `default`, which the browser asks for such values; it accepts only scripts of this
 * app's own build (same origin, under the `/ui/assets/` folder) and nothing else: no HTML, no
 * script text.
 */

interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { createScriptURL?: (input: string) => string }): unknown;
  defaultPolicy?: unknown;
}

/** Where the build puts its scripts: LXD serves the app at /ui/ (`base` in vite.config.ts). */
const ASSETS_PATH = '/ui/assets/';

/** Whether `input` names a script of this build: same origin, under /ui/assets/. */
export function isOwnScriptUrl(input: string, baseUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(input, baseUrl);
  } catch {
    return false;
  }
  return (
    url.origin === new URL(baseUrl).origin &&
    url.pathname.startsWith(ASSETS_PATH) &&
    url.search === '' &&
    url.hash === ''
  );
}

/** Creates the `default` policy once (before the first worker); a browser without Trusted Types needs none. */
export function allowOwnWorkerScripts(target: { trustedTypes?: TrustedTypePolicyFactoryLike; location?: Location } = globalThis as never): void {
  const factory = target.trustedTypes;
  if (!factory || factory.defaultPolicy || !target.location) return;
  const base = target.location.href;
  factory.createPolicy('default', {
    createScriptURL: (input) => {
      if (isOwnScriptUrl(input, base)) return input;
      throw new TypeError(`Refused a script URL outside this app's build: ${input}`);
    },
  });
}
