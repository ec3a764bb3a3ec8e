/**
 * What a framed wall tells the wall that frames it (`postMessage`): that it runs (so the server
 * answered and served this build), or that it refused to run there. A frame that says nothing is
 * shown as not reachable. The messages carry nothing else.
 */
export const WALL_FRAME_MESSAGE = 'lxdeck-wall-frame';

export type WallFrameState = 'running' | 'refused';

interface WallFrameMessage {
  type: typeof WALL_FRAME_MESSAGE;
  state: WallFrameState;
}

/** The state a message announces, or undefined for any other message. */
export function readWallFrameMessage(data: unknown): WallFrameState | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Partial<WallFrameMessage>;
  if (message.type !== WALL_FRAME_MESSAGE) return undefined;
  return message.state === 'running' || message.state === 'refused' ? message.state : undefined;
}

/**
 * Tells the parent window. `running` goes only to the parent's origin, which the frame guard has
 * checked; `refused` to any origin (it says nothing a framing page does not already know).
 */
export function postWallFrameState(win: Window, state: WallFrameState): void {
  if (win.parent === win) return;
  const parentOrigin = win.location.ancestorOrigins?.[0];
  const target = state === 'running' ? parentOrigin : '*';
  if (!target) return;
  const message: WallFrameMessage = { type: WALL_FRAME_MESSAGE, state };
  win.parent.postMessage(message, target);
}
