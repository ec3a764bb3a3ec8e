// The browser tests run on two standalone sandboxes at once, each serving one spec file at a
// time: every daemon still sees one test at a time (tests that stop it, or read server-wide
// lists, stay safe), while the machine runs two. The second sandbox takes the files listed here;
// every other file (and any new one) runs on the first.
import process from 'node:process';

/** Spec files of the second sandbox; together they take about as long as the rest (new files run on the first). */
export const SECOND_SANDBOX_SPECS = [
  'storage-volumes.spec.ts',
  'profiles.spec.ts',
  'networks.spec.ts',
  'projects.spec.ts',
  'images.spec.ts',
  'network-acls.spec.ts',
  'responsive.spec.ts',
  'storage.spec.ts',
  'onboarding.spec.ts',
  'palette.spec.ts',
  'server.spec.ts',
  'trust.spec.ts',
  'warnings.spec.ts',
  'readonly.spec.ts',
];

/**
 * Spec files that need both sandboxes at once (a wall framing the other sandbox's wall): they run
 * on the first, and the harness starts the second for them too. They only read the second one,
 * so its own files may run meanwhile.
 */
export const BOTH_SANDBOX_SPECS = ['wall-servers.spec.ts'];

/**
 * The servers the e2e build's wall may frame (LXDECK_WALL_SERVERS): both sandboxes, plus an
 * address where nothing listens, which stands for a server that is down.
 */
export function wallServerUrls(sandboxes = e2eSandboxes()) {
  return {
    first: `https://127.0.0.1:${sandboxes.first.port}`,
    second: `https://127.0.0.1:${sandboxes.second.port}`,
    down: `https://127.0.0.1:${sandboxes.first.port + 3000}`,
  };
}

/**
 * The two sandboxes: LXDECK_SANDBOX (default "e2e") on LXDECK_E2E_PORT (default 18543), and
 * "<name>-b" on LXDECK_E2E_PORT_B (default the next port).
 */
export function e2eSandboxes(env = process.env) {
  const name = env.LXDECK_SANDBOX || 'e2e';
  const port = Number(env.LXDECK_E2E_PORT || 18543);
  return {
    first: { name, port },
    second: { name: `${name.slice(0, 29)}-b`, port: Number(env.LXDECK_E2E_PORT_B || port + 1) },
  };
}

/** Whether a spec path (or a Playwright file filter) names a file that needs both sandboxes. */
export function onBothSandboxes(file) {
  return BOTH_SANDBOX_SPECS.some((spec) => file.endsWith(spec) || spec.includes(file.replace(/^.*\//, '')));
}

/** Whether a spec path (or a Playwright file filter) names a file of the second sandbox. */
export function onSecondSandbox(file) {
  return SECOND_SANDBOX_SPECS.some((spec) => file.endsWith(spec) || spec.includes(file.replace(/^.*\//, '')));
}
