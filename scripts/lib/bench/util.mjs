// Small helpers shared by the benchmark groups.

/** Rejects with a clear message when `promise` does not settle within `ms`. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${(ms / 1000).toFixed(0)}s: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs one named step; a failure names the step, so a broken run says where it broke. */
export async function step(name, fn) {
  try {
    return await fn();
  } catch (error) {
    if (error?.name === 'SetupError') throw error; // already written for the user
    const message = error instanceof Error ? error.message : String(error);
    const wrapped = new Error(`${name}: ${message}`);
    wrapped.cause = error;
    throw wrapped;
  }
}

export const round = (value, digits = 1) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));
