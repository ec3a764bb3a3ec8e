import { useSyncExternalStore } from 'react';
import { isFirstScreenDone, subscribeFirstScreenDone } from '@/lib/afterFirstScreen';

/**
 * False until the page's first screen is in (see `lib/afterFirstScreen.ts`): reads the first screen
 * does not show (the project switcher, the warnings count) are enabled by it.
 */
export function useFirstScreenDone(): boolean {
  return useSyncExternalStore(subscribeFirstScreenDone, isFirstScreenDone, () => true);
}
