/** True only in benchmark builds (`LXDECK_BENCH=1`), which expose test hooks; see vite.config.ts. */
declare const __LXDECK_BENCH__: boolean;
