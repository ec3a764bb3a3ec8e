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
