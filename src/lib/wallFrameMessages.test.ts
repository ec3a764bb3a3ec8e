import { describe, expect, it, vi } from 'vitest';
import { WALL_FRAME_MESSAGE, postWallFrameState, readWallFrameMessage } from './wallFrameMessages';

describe('wall frame messages', () => {
  it('reads only its own messages and states', () => {
    expect(readWallFrameMessage({ type: WALL_FRAME_MESSAGE, state: 'running' })).toBe('running');
    expect(readWallFrameMessage({ type: WALL_FRAME_MESSAGE, state: 'refused' })).toBe('refused');
    expect(readWallFrameMessage({ type: WALL_FRAME_MESSAGE, state: 'other' })).toBeUndefined();
    expect(readWallFrameMessage({ type: 'else', state: 'running' })).toBeUndefined();
    expect(readWallFrameMessage('running')).toBeUndefined();
    expect(readWallFrameMessage(null)).toBeUndefined();
  });

  it('says `running` only to the parent’s origin, `refused` to any, and nothing at the top', () => {
    const postMessage = vi.fn();
    const win = { parent: { postMessage }, location: { ancestorOrigins: ['https://lxd1.example.net:8443'] } } as unknown as Window;
    postWallFrameState(win, 'running');
    postWallFrameState(win, 'refused');
    expect(postMessage.mock.calls).toEqual([
      [{ type: WALL_FRAME_MESSAGE, state: 'running' }, 'https://lxd1.example.net:8443'],
      [{ type: WALL_FRAME_MESSAGE, state: 'refused' }, '*'],
    ]);
    const top = { postMessage, location: {} } as unknown as Window & { parent: unknown };
    top.parent = top;
    postWallFrameState(top, 'refused');
    expect(postMessage).toHaveBeenCalledTimes(2);
  });
});
