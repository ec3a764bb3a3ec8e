/** Selection of row keys (names, fingerprints); pure, so toggling rules are tested without React. */
export function toggleName(selected: ReadonlySet<string>, name: string): Set<string> {
  const next = new Set(selected);
  if (next.has(name)) next.delete(name);
  else next.add(name);
  return next;
}

/** Selects or unselects every shown name, leaving selected names outside the filter alone. */
export function toggleShown(selected: ReadonlySet<string>, shown: readonly string[], select: boolean): Set<string> {
  const next = new Set(selected);
  for (const name of shown) {
    if (select) next.add(name);
    else next.delete(name);
  }
  return next;
}
