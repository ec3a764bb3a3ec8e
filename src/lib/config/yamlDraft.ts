import { isMap, isScalar, parseDocument } from 'yaml';

/**
 * Edits of the YAML draft made through the form: the document is changed in place, so the
 * user's comments, order and other keys stay as they typed them. Undefined when the text does
 * not parse (the form is then read-only until the YAML is fixed).
 */
export function setConfigValue(text: string, key: string, value: string | undefined): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const config = doc.get('config', true);
  if (value === undefined || value === '') {
    if (isMap(config)) doc.deleteIn(['config', key]);
    return doc.toString({ lineWidth: 0 });
  }
  if (isMap(config) && config.items.length > 0) {
    doc.setIn(['config', key], value);
  } else {
    // `config: {}` or an empty `config:` becomes a block mapping rather than a one-line flow map.
    doc.set('config', doc.createNode({ [key]: value }));
  }
  return doc.toString({ lineWidth: 0 });
}

export function setDescription(text: string, description: string): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const current = doc.get('description', true);
  if (isScalar(current)) current.value = description;
  else doc.set('description', description);
  return doc.toString({ lineWidth: 0 });
}
