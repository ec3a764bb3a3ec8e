// Code that runs inside the page (Playwright serialises these functions), kept apart from
// Node code so each file has one set of globals.
/* global window, document, CSS, requestAnimationFrame, MutationObserver, innerHeight, location */

/**
 * Init script (runs before the app's own scripts on every navigation): records when the first
 * instance row is attached (performance.now(), i.e. ms since navigation start), when the frame
 * after it has been painted, and when LXD lifecycle events reach the page.
 */
export function installProbes() {
  if (window.__bench) return;
  const bench = {
    firstRow: null,
    longTasks: [],
    events: [],
    status: null,
  };
  window.__bench = bench;
  // The default buffer (250 entries) could drop the app's own bundles on a busy page.
  performance.setResourceTimingBufferSize(10_000);

  // After a requestAnimationFrame callback, a posted message runs once that frame has been
  // produced: a close, portable stand-in for "painted".
  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });

  // Element Timing reports the real paint time of the marked row's text, when Chromium has it.
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.identifier === 'bench-first-row' && bench.firstRow && bench.firstRow.elementTiming === null) {
          bench.firstRow.elementTiming = entry.renderTime || entry.loadTime;
        }
      }
    }).observe({ type: 'element', buffered: true });
  } catch {
    // no Element Timing: the rAF estimate stands alone
  }

  // Long main-thread tasks show what kept the page busy before the first row.
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (bench.longTasks.length < 200) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API
  }

  const findFirstRow = () => {
    const row = document.querySelector('table[aria-label="Instances"] tr[data-instance]');
    if (!row) return false;
    const at = performance.now();
    bench.firstRow = { at, name: row.getAttribute('data-instance'), paintedAt: null, elementTiming: null, inView: null };
    // Mutation observers run before the browser renders, so the mark is there for the first paint.
    row.querySelector('td')?.setAttribute('elementtiming', 'bench-first-row');
    afterNextPaint((paintedAt) => {
      const rect = row.getBoundingClientRect();
      bench.firstRow.paintedAt = paintedAt;
      bench.firstRow.inView = row.isConnected && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
    });
    return true;
  };
  const observer = new MutationObserver(() => {
    if (findFirstRow()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });

  // Arrival times of LXD lifecycle events: listeners run in the order they were added, and this
  // one is added in the constructor, before the app's own.
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(...args) {
      super(...args);
      if (!String(args[0]).includes('/1.0/events')) return;
      this.addEventListener('message', (message) => {
        const at = Date.now();
        try {
          const event = JSON.parse(message.data);
          if (event.type !== 'lifecycle') return;
          bench.events.push({ at, action: event.metadata?.action, source: event.metadata?.source });
          if (bench.events.length > 500) bench.events.shift();
        } catch {
          // not JSON: not ours to judge
        }
      });
    }
  };
}

/**
 * Starts watching a row until one of its cells reads `status`; records Date.now() then. With
 * `selector` and `attribute`, watches that element until the attribute reads `status` instead
 * (e.g. a count in `data-count`).
 */
export function watchRowStatus({ name, status, selector, attribute }) {
  const bench = window.__bench;
  bench.status = { name, status, at: null, paintedAt: null };
  const watch = bench.status;
  const matches = () => {
    const element = document.querySelector(selector ?? `tr[data-instance="${CSS.escape(name)}"]`);
    if (!element) return false;
    if (attribute) return element.getAttribute(attribute) === status;
    return [...element.cells].some((cell) => cell.textContent.trim() === status);
  };
  const observer = new MutationObserver(() => {
    if (watch.at !== null || !matches()) return;
    watch.at = Date.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (watch.paintedAt = Date.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  return matches(); // true would mean the row already shows it, which makes the measurement void
}

/** Script and stylesheet resources from Resource Timing. */
export function scriptAndStyleResources() {
  const kindOf = (url) => {
    const pathname = new URL(url, location.href).pathname;
    if (/\.m?js$/.test(pathname)) return 'js';
    if (/\.css$/.test(pathname)) return 'css';
    return null;
  };
  return performance
    .getEntriesByType('resource')
    .map((entry) => ({
      url: new URL(entry.name).pathname,
      kind: kindOf(entry.name),
      initiatorType: entry.initiatorType,
      startTime: entry.startTime,
      responseEnd: entry.responseEnd,
      encodedBodySize: entry.encodedBodySize,
      decodedBodySize: entry.decodedBodySize,
      transferSize: entry.transferSize,
    }))
    .filter((entry) => entry.kind !== null);
}

/** The API calls' Resource Timing (ms since navigation start), to see the waterfall before the first row. */
export function apiResources() {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.startsWith('/1.0'))
    .map((entry) => ({
      url: new URL(entry.name).pathname + new URL(entry.name).search,
      startTime: entry.startTime,
      // Non-zero only when the request had to open a new (TLS) connection.
      connect: entry.connectEnd - entry.connectStart,
      requestStart: entry.requestStart,
      responseStart: entry.responseStart,
      responseEnd: entry.responseEnd,
      bytes: entry.encodedBodySize,
    }));
}

/** Navigation timing of the document itself, for context. */
export function navigationSummary() {
  const nav = performance.getEntriesByType('navigation')[0];
  return nav
    ? {
        protocol: nav.nextHopProtocol,
        connect: nav.connectEnd - nav.connectStart,
        tls: nav.secureConnectionStart > 0 ? nav.connectEnd - nav.secureConnectionStart : 0,
        requestStart: nav.requestStart,
        responseStart: nav.responseStart,
        responseEnd: nav.responseEnd,
        domInteractive: nav.domInteractive,
        domContentLoaded: nav.domContentLoadedEventEnd,
        loadEventEnd: nav.loadEventEnd,
        documentBytes: nav.encodedBodySize,
      }
    : null;
}

/**
 * Init script for a list page: records performance.now() when the first element matching
 * `selector` is attached (a MutationObserver runs before the browser renders, so no poll delay).
 * `{ selector, attributes }`: also checks when one of these attributes changes, for a selector
 * that matches once elements say they are complete (e.g. `[data-ready="true"]`).
 */
export function watchFirstMatch(watch) {
  if (window.__benchFirst !== undefined) return;
  window.__benchFirst = null;
  const { selector, attributes } = typeof watch === 'string' ? { selector: watch, attributes: undefined } : watch;
  const found = () => {
    if (!document.querySelector(selector)) return false;
    window.__benchFirst = performance.now();
    return true;
  };
  const observer = new MutationObserver(() => {
    if (found()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, ...(attributes ? { attributes: true, attributeFilter: attributes } : {}) });
}
