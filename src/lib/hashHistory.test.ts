// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createHashHistory, createPath, parsePath } from './hashHistory';

describe('paths', () => {
  it('splits and joins pathname, search and hash', () => {
    expect(parsePath('/project/p/instances?q=web#top')).toEqual({ pathname: '/project/p/instances', search: '?q=web', hash: '#top' });
    expect(parsePath('')).toEqual({ pathname: '/', search: '', hash: '' });
    expect(createPath({ pathname: '/a', search: 'x=1' })).toBe('/a?x=1');
    expect(createPath({ pathname: '/a', search: '?' })).toBe('/a');
  });
});

describe('hash history', () => {
  it('keeps the route in the URL hash and tells listeners', () => {
    window.location.hash = '#/start';
    const history = createHashHistory(window);
    expect(history.location.pathname).toBe('/start');
    const seen: string[] = [];
    const stop = history.listen(({ action, location }) => seen.push(`${action} ${createPath(location)}`));
    history.push('/project/p/instances?q=a');
    history.replace({ pathname: '/project/p/instances', search: '?q=ab' });
    expect(window.location.hash).toBe('#/project/p/instances?q=ab');
    expect(seen).toEqual(['PUSH /project/p/instances?q=a', 'REPLACE /project/p/instances?q=ab']);
    expect(history.createHref('/x?y=1')).toBe('#/x?y=1');
    stop();
  });

  it('holds a navigation a blocker refuses until it is retried', () => {
    window.location.hash = '#/edit';
    const history = createHashHistory(window);
    const held: (() => void)[] = [];
    const removeBlocker = history.block(({ current, next }) => current.pathname !== next.pathname);
    history.onBlocked((transition) => held.push(transition.retry));

    history.push('/edit?tab=yaml');
    expect(history.location.search).toBe('?tab=yaml');
    history.push('/elsewhere');
    expect(history.location.pathname).toBe('/edit');
    expect(held).toHaveLength(1);
    held[0]?.();
    expect(history.location.pathname).toBe('/elsewhere');
    removeBlocker();
  });
});
