/** What the wall's address chooses: `?tiles=instances,health&theme=light&rotate=30s`. */
export const WALL_TILES = ['instances', 'attention', 'health', 'warnings', 'operations', 'events', 'top'] as const;
export type WallTileId = (typeof WALL_TILES)[number];

export type WallTheme = 'dark' | 'light';

export interface WallParams {
  tiles: WallTileId[];
  theme: WallTheme;
  /** Milliseconds per project when rotating through projects (`#/wall` only); undefined: no rotation. */
  rotateMs: number | undefined;
  /** Parameter values the wall did not understand, said on screen so a typo is noticed. */
  problems: string[];
}

/** Shortest time per project: less cannot be read from three metres. */
export const MIN_ROTATE_MS = 5_000;

/** `30s`, `2m`, `1m30s`, `45` (seconds) → milliseconds; undefined when unreadable. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(trimmed);
  if (!match || trimmed === '') return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}

export function parseWallParams(search: URLSearchParams, options: { allProjects: boolean }): WallParams {
  const problems: string[] = [];
  let tiles: WallTileId[] = [...WALL_TILES];
  const tilesParam = search.get('tiles');
  if (tilesParam !== null) {
    const asked = tilesParam.split(',').map((tile) => tile.trim()).filter(Boolean);
    const known = asked.filter((tile): tile is WallTileId => (WALL_TILES as readonly string[]).includes(tile));
    const unknown = asked.filter((tile) => !known.includes(tile as WallTileId));
    if (unknown.length > 0) problems.push(`Unknown tiles: ${unknown.join(', ')} (known: ${WALL_TILES.join(', ')})`);
    if (known.length > 0) tiles = WALL_TILES.filter((tile) => known.includes(tile));
  }

  const themeParam = search.get('theme');
  let theme: WallTheme = 'dark';
  if (themeParam === 'light' || themeParam === 'dark') theme = themeParam;
  else if (themeParam !== null) problems.push(`Unknown theme "${themeParam}" (dark or light)`);

  let rotateMs: number | undefined;
  const rotateParam = search.get('rotate');
  if (rotateParam !== null) {
    const parsed = parseDuration(rotateParam);
    if (!options.allProjects) problems.push('rotate applies to #/wall (all projects) only');
    else if (parsed === undefined || parsed <= 0) problems.push(`Unreadable rotate "${rotateParam}" (e.g. 30s, 2m)`);
    else rotateMs = Math.max(MIN_ROTATE_MS, parsed);
  }
  return { tiles, theme, rotateMs, problems };
}
