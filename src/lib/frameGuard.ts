/**
 * The page refuses to run inside a frame: a page on another site could otherwise show the
 * dashboard under its own controls and have the user click in it (clickjacking), with the
 * browser's client certificate behind every click. A `<meta>` Content-Security-Policy cannot say
 * `frame-ancestors`, and LXD 5.0 sends no header that would, so the page checks for itself.
 */
export function isFramed(win: Pick<Window, 'self' | 'top'>): boolean {
  try {
    return win.self !== win.top;
  } catch {
    // Reading `top` across origins may throw in some browsers: framed by another site.
    return true;
  }
}
