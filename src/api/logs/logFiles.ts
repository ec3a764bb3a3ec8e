/**
 * File names from `GET /1.0/instances/<name>/logs`, which answers URLs such as
 * `/1.0/instances/c1/logs/lxc.log` (with `?project=` outside the default project).
 * The main log comes first, the rest by name.
 */
export function logFileNames(urls: readonly string[]): string[] {
  const names = urls
    .map((url) => {
      const last = url.split('?')[0]?.split('/').pop() ?? '';
      try {
        return decodeURIComponent(last);
      } catch {
        return last;
      }
    })
    .filter((name) => name !== '');
  const rank = (name: string) => (name === 'lxc.log' ? 0 : name.endsWith('.log') ? 1 : 2);
  return [...new Set(names)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
