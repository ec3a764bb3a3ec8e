/** True only in benchmark builds (`LXDECK_BENCH=1`), which expose test hooks; see vite.config.ts. */
declare const __LXDECK_BENCH__: boolean;
/** Origins of the LXD servers given in `LXDECK_WALL_SERVERS` at build time (vite.config.ts); may be empty. */
declare const __LXDECK_WALL_SERVERS__: readonly string[];
