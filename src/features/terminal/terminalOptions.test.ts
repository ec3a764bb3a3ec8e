import { describe, expect, it } from 'vitest';
import { TERMINAL_OPTIONS } from './terminalOptions';

describe('TERMINAL_OPTIONS', () => {
  // A blinking cursor is an endless main-thread animation: it delays every echo by a frame or two.
  it('keeps the cursor still', () => {
    expect(TERMINAL_OPTIONS.cursorBlink).toBe(false);
  });
});
