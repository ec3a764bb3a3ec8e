import { useEffect, useState, type RefObject } from 'react';
import { createHashHistory, type HashHistory, type Transition } from '@/lib/hashHistory';

let history: HashHistory | undefined;

/** The one navigation history of the app (hash routes), shared by the router and the leave guards. */
export function appHistory(): HashHistory {
  history ??= createHashHistory();
  return history;
}

export type BlockerState = { state: 'unblocked' } | { state: 'blocked'; proceed: () => void; reset: () => void };

/**
 * While `when` holds, navigations to another page (not a change of the query string) are held and
 * reported, so the page can ask the user; `proceed` carries the navigation out, `reset` stays.
 * `allow` lets through a navigation the page makes itself (set just before it).
 */
export function useNavigationBlocker(when: boolean, allow?: RefObject<boolean>): BlockerState {
  const [held, setHeld] = useState<Transition | null>(null);
  useEffect(() => {
    const history = appHistory();
    // Only the guard that held a navigation asks about it.
    let heldByThis = false;
    const removeBlocker = history.block(
      ({ current, next }) => (heldByThis = when && !allow?.current && current.pathname !== next.pathname),
    );
    const removeListener = history.onBlocked((transition) => {
      if (!heldByThis) return;
      heldByThis = false;
      setHeld(transition);
    });
    return () => {
      removeBlocker();
      removeListener();
    };
  }, [when, allow]);
  if (!held) return { state: 'unblocked' };
  return {
    state: 'blocked',
    proceed: () => {
      setHeld(null);
      held.retry();
    },
    reset: () => setHeld(null),
  };
}
