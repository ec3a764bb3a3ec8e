// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paletteKeyHandler } from './usePaletteHotkeys';

function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('paletteKeyHandler', () => {
  const onToggle = vi.fn();
  const handler = paletteKeyHandler(onToggle);

  beforeEach(() => {
    document.body.innerHTML = `
      <button id="button">b</button>
      <input id="filter" type="search" data-page-filter />
      <input id="other" type="text" />
      <input id="check" type="checkbox" />
      <div class="xterm"><textarea id="term"></textarea></div>`;
    document.addEventListener('keydown', handler);
    onToggle.mockClear();
  });

  afterEach(() => document.removeEventListener('keydown', handler));

  const byId = (id: string) => document.getElementById(id) as HTMLElement;

  it('toggles on Ctrl+K and Cmd+K, also from a text field, and keeps the key from the browser', () => {
    expect(press(byId('button'), 'k', { ctrlKey: true }).defaultPrevented).toBe(true);
    expect(press(byId('other'), 'K', { metaKey: true }).defaultPrevented).toBe(true);
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  it('leaves Ctrl+K to the terminal and to other dialogs, and ignores other chords', () => {
    press(byId('term'), 'k', { ctrlKey: true });
    press(byId('button'), 'k', { ctrlKey: true, shiftKey: true });
    press(byId('button'), 'k');
    document.body.insertAdjacentHTML('beforeend', '<dialog open class="dialog"></dialog>');
    press(byId('button'), 'k', { ctrlKey: true });
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('/ focuses the page filter from outside text fields', () => {
    byId('button').focus();
    expect(press(byId('button'), '/').defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(byId('filter'));
    byId('check').focus();
    expect(press(byId('check'), '/').defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(byId('filter'));
  });

  it('/ typed in a text field or the terminal stays a character', () => {
    for (const id of ['other', 'filter', 'term']) {
      byId(id).focus();
      expect(press(byId(id), '/').defaultPrevented).toBe(false);
      expect(document.activeElement).toBe(byId(id));
    }
  });

  it('/ does nothing on a page without a filter', () => {
    byId('filter').remove();
    expect(press(byId('button'), '/').defaultPrevented).toBe(false);
  });
});
