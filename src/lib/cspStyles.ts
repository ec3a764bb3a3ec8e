/**
 * Libraries that write their CSS into `<style>` elements they create (CodeMirror through
 * style-mod, xterm.js) are refused by the page's Content-Security-Policy, which allows no inline
 * styles. Run the code that creates those elements inside `withCspSafeStyles`: while it runs,
 * `document.createElement('style')` hands out a stand-in whose text goes into a constructed
 * stylesheet (CSSOM, which the policy allows). Synchronous and restored right after.
 * (style-mod keeps the element it made for a document and only rewrites its text later, so
 * wrapping the first editor's construction is enough.)
 */
export function withCspSafeStyles<T>(create: () => T, doc: Document = document): T {
  const createElement = doc.createElement.bind(doc);
  const patched = ((tagName: string, options?: ElementCreationOptions) =>
    tagName.toLowerCase() === 'style' ? adoptedStyleElement(doc) : createElement(tagName, options)) as Document['createElement'];
  Object.defineProperty(doc, 'createElement', { value: patched, configurable: true, writable: true });
  try {
    return create();
  } finally {
    delete (doc as unknown as Record<string, unknown>)['createElement'];
  }
}

/**
 * xterm's DOM renderer writes its theme and cell sizes into `<style>` elements it creates. The
 * page's Content-Security-Policy (`default-src 'self'`, no inline styles) refuses those, which
 * would leave the terminal without colours and cell sizes and log a violation each time.
 * xterm takes its document from `documentOverride`: this one hands out stand-ins for `<style>`
 * whose text goes into a constructed stylesheet (CSSOM, which the policy allows) instead.
 */
export function cspStyleDocument(doc: Document = document): Document {
  const createElement = (tagName: string, options?: ElementCreationOptions) =>
    tagName.toLowerCase() === 'style' ? adoptedStyleElement(doc) : doc.createElement(tagName, options);
  // The renderer calls createElement for every row it draws: bind each method once.
  const bound = new Map<PropertyKey, unknown>([['createElement', createElement]]);
  return new Proxy(doc, {
    get(target, property) {
      const cached = bound.get(property);
      if (cached) return cached;
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      bound.set(property, method);
      return method;
    },
  });
}

/** An inert element (a `<template>` renders nothing) whose textContent feeds an adopted sheet. */
function adoptedStyleElement(doc: Document): HTMLElement {
  const element = doc.createElement('template');
  const sheet = new CSSStyleSheet();
  let text = '';
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  Object.defineProperty(element, 'textContent', {
    get: () => text,
    set: (value: string | null) => {
      text = value ?? '';
      sheet.replaceSync(text);
    },
  });
  const remove = element.remove.bind(element);
  element.remove = () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    remove();
  };
  return element;
}
