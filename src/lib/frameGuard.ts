/**
 * The page refuses to run inside a frame: a page on another site could otherwise show the
 * dashboard under its own controls and have the user click in it (clickjacking), with the
 * browser's client certificate behind every click. A `<meta>` Content-Security-Policy cannot say
 * `frame-ancestors`, and LXD 5.0 sends no header that would, so the page checks for itself.
 *
 * One exception: the wall of another LXD server of the same deployment, composed into this
 * server's wall (`#/wall?servers=…`). It runs framed only when every window above it is on this
 * server or one listed at build time (`LXDECK_WALL_SERVERS`), on a wall route, and in read-only
 * mode (the caller forces it): nothing on it to click, and the client refuses every write.
 */
export function isFramed(win: Pick<Window, 'self' | 'top'>): boolean {
  try {
    return win.self !== win.top;
  } catch {
    // Reading `top` across origins may throw in some browsers: framed by another site.
    return true;
  }
}

/** `top`: not framed; `wall`: a framed wall this page may show; `refused`: framed otherwise. */
export type FrameVerdict = 'top' | 'wall' | 'refused';

export interface FrameWindow {
  self: unknown;
  top: unknown;
  location: { origin: string; hash: string; ancestorOrigins?: ArrayLike<string> };
}

/** `#/wall`, `#/wall?…`, `#/wall/project/<p>…`: the only routes that may run framed. */
export function isWallHash(hash: string): boolean {
  return /^#\/wall(?:[/?]|$)/.test(hash);
}

/**
 * Whether this page may run where it is. `allowed` are the build's wall servers' origins; the
 * page's own origin is always allowed. Without `location.ancestorOrigins` (only Chromium has
 * it) the ancestors cannot be known, so a framed page refuses.
 */
export function frameVerdict(win: FrameWindow, allowed: readonly string[]): FrameVerdict {
  if (!isFramed(win as Pick<Window, 'self' | 'top'>)) return 'top';
  const ancestors = win.location.ancestorOrigins;
  if (!ancestors || ancestors.length === 0) return 'refused';
  const trusted = new Set([win.location.origin, ...allowed]);
  for (let i = 0; i < ancestors.length; i++) {
    if (!trusted.has(ancestors[i] ?? '')) return 'refused';
  }
  return isWallHash(win.location.hash) ? 'wall' : 'refused';
}

/** The verdict for this window and this build's wall servers. */
export const currentFrameVerdict = (win: FrameWindow): FrameVerdict => frameVerdict(win, __LXDECK_WALL_SERVERS__);
