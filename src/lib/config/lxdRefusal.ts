/**
 * Which of the fields the user filled in an LXD refusal is about, so the message can be shown
 * next to it. LXD names the key for unknown keys ("Unknown configuration key: limits.bogus") but
 * often only the value for bad values ("Invalid value: lots"), so both are looked for.
 * `fields` maps each field id to the config key it writes and the value the user typed.
 */
export function fieldForLxdError<F extends string>(
  message: string,
  fields: Partial<Record<F, { key?: string; value?: string }>>,
): F | undefined {
  const entries = Object.entries(fields) as [F, { key?: string; value?: string } | undefined][];
  const byKey = entries
    .filter(([, field]) => field?.key && message.includes(field.key))
    .sort(([, a], [, b]) => (b?.key?.length ?? 0) - (a?.key?.length ?? 0));
  if (byKey[0]) return byKey[0][0];
  const quoted = (value: string) =>
    message.includes(`"${value}"`) || message.includes(`: ${value}`) || message.endsWith(` ${value}`);
  const byValue = entries.filter(([, field]) => field?.value && field.value.trim() !== '' && quoted(field.value));
  return byValue.length === 1 ? byValue[0]?.[0] : undefined;
}

/** The config key an "Unknown configuration key: <key>" refusal names, if any. */
export function unknownConfigKey(message: string): string | undefined {
  return /Unknown configuration key: ([^\s"]+)/.exec(message)?.[1];
}
