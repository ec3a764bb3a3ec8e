import type { ITerminalOptions } from '@xterm/xterm';

/**
 * Options of every terminal (shell and console).
 *
 * The cursor does not blink. xterm's DOM renderer blinks it with a CSS animation of its colours,
 * which Chromium runs on the main thread, one frame every 16 ms for as long as the terminal has
 * focus. With a frame always pending, each keystroke makes Chromium hold back the page's other
 * tasks until that frame is drawn (its task deferral after discrete input), the websocket message
 * carrying the echo among them, and the echo is then drawn one frame later still: about 30 ms
 * from key to echo instead of about 10. A still cursor also spares the CPU those frames.
 */
export const TERMINAL_OPTIONS = {
  cursorBlink: false,
  fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
  fontSize: 14,
  scrollback: 5000,
} as const satisfies ITerminalOptions;
