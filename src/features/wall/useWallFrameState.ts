import { useCallback, useEffect, useState, type RefObject } from 'react';
import { readWallFrameMessage } from '@/lib/wallFrameMessages';

/**
 * - `connecting`: the frame is loading;
 * - `running`: the server's wall said it runs;
 * - `refused`: it refused to run in this frame (its build does not list this server);
 * - `blocked`: this page's policy refused the frame (newer LXD sends its own policy for /ui/);
 * - `unreachable`: nothing said anything in time (down, certificate not presented, or framing
 *   refused by the server's headers).
 */
export type WallFrameState = 'connecting' | 'running' | 'refused' | 'blocked' | 'unreachable';

/** A loaded frame that has not said it runs within this is not a running wall (an error page). */
export const AFTER_LOAD_MS = 4_000;
/** A frame that neither loads nor speaks within this is given up. */
export const GIVE_UP_MS = 20_000;
/** A frame given up is loaded again after this. */
export const RETRY_MS = 30_000;

/**
 * Follows one framed wall: its messages (only from that frame's window and origin), its load, a
 * policy violation naming its origin; retries a frame that did not answer. `attempt` keys the
 * frame element, so a retry loads it afresh.
 */
export function useWallFrameState(origin: string, frame: RefObject<HTMLIFrameElement | null>) {
  const [state, setState] = useState<WallFrameState>('connecting');
  const [attempt, setAttempt] = useState(0);
  const giveUp = useCallback(() => setState((now) => (now === 'connecting' ? 'unreachable' : now)), []);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin || event.source !== frame.current?.contentWindow) return;
      const said = readWallFrameMessage(event.data);
      if (said) setState(said);
    };
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.effectiveDirective === 'frame-src' && event.blockedURI.startsWith(origin)) setState('blocked');
    };
    window.addEventListener('message', onMessage);
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => {
      window.removeEventListener('message', onMessage);
      document.removeEventListener('securitypolicyviolation', onViolation);
    };
  }, [origin, frame]);

  // Each attempt: give up when nothing is heard in time, then load the frame again later.
  useEffect(() => {
    const timer = setTimeout(giveUp, GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [attempt, giveUp]);

  useEffect(() => {
    if (state !== 'unreachable') return;
    const retry = setTimeout(() => setAttempt((n) => n + 1), RETRY_MS);
    return () => clearTimeout(retry);
  }, [state, attempt]);

  const [loadedAt, setLoadedAt] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (loadedAt === undefined) return;
    const timer = setTimeout(giveUp, AFTER_LOAD_MS);
    return () => clearTimeout(timer);
  }, [loadedAt, giveUp]);

  // A retry keeps saying what was wrong until the frame says otherwise.
  const onLoad = useCallback(() => setLoadedAt(Date.now()), []);

  return { state, attempt, onLoad };
}
