// CPU use over a window, from /proc: of one process (the LXD daemon) and of the whole machine.
// Shown beside the timings, because on a 2-core machine anything else running changes them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

function processTicks(pid) {
  try {
    // Fields after the command name, which is in parentheses and may contain spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return null;
  }
}

function machineTicks() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** Starts a window; the returned function ends it and gives {processCorePct, machineBusyPct}. */
export function cpuWindow(pid) {
  const startedAt = Date.now();
  const process0 = pid ? processTicks(pid) : null;
  const machine0 = machineTicks();
  return () => {
    const seconds = (Date.now() - startedAt) / 1000;
    const process1 = pid ? processTicks(pid) : null;
    const machine1 = machineTicks();
    const total = machine1.total - machine0.total;
    return {
      // 100 = one core fully busy.
      processCorePct: process0 === null || process1 === null ? null : (100 * (process1 - process0)) / CLOCK_TICKS / seconds,
      // 100 = every core fully busy.
      machineBusyPct: total > 0 ? (100 * (machine1.busy - machine0.busy)) / total : null,
    };
  };
}
