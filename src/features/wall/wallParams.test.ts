import { describe, expect, it } from 'vitest';
import { MIN_ROTATE_MS, parseDuration, parseWallParams, WALL_TILES } from './wallParams';

const parse = (query: string, allProjects = true) => parseWallParams(new URLSearchParams(query), { allProjects });

describe('parseDuration', () => {
  it('reads seconds, minutes and hours', () => {
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('2m')).toBe(120_000);
    expect(parseDuration('1m30s')).toBe(90_000);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('45')).toBe(45_000);
    expect(parseDuration('')).toBeUndefined();
    expect(parseDuration('soon')).toBeUndefined();
  });
});

describe('parseWallParams', () => {
  it('shows every tile, dark, without rotation by default', () => {
    expect(parse('')).toEqual({ tiles: [...WALL_TILES], theme: 'dark', rotateMs: undefined, problems: [] });
  });

  it('chooses tiles in the wall’s own order and names unknown ones', () => {
    expect(parse('tiles=health,instances').tiles).toEqual(['instances', 'health']);
    const typo = parse('tiles=instances,helth');
    expect(typo.tiles).toEqual(['instances']);
    expect(typo.problems[0]).toMatch(/Unknown tiles: helth/);
    // Nothing known: every tile rather than an empty wall.
    expect(parse('tiles=nope').tiles).toEqual([...WALL_TILES]);
  });

  it('takes the light theme and refuses others', () => {
    expect(parse('theme=light').theme).toBe('light');
    expect(parse('theme=pink')).toMatchObject({ theme: 'dark', problems: [expect.stringMatching(/Unknown theme/)] });
  });

  it('rotates through projects only on the all-projects wall, never faster than the minimum', () => {
    expect(parse('rotate=30s').rotateMs).toBe(30_000);
    expect(parse('rotate=1s').rotateMs).toBe(MIN_ROTATE_MS);
    expect(parse('rotate=30s', false)).toMatchObject({ rotateMs: undefined, problems: [expect.stringMatching(/#\/wall/)] });
    expect(parse('rotate=often').problems[0]).toMatch(/Unreadable rotate/);
  });
});
