import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/**
 * When data of this server last reached the cache: a read, or an event's patch. The wall shows
 * it so a frozen screen is noticed.
 */
export function useLastUpdated(server: string): number | undefined {
  const queryClient = useQueryClient();
  const [at, setAt] = useState<number | undefined>(undefined);
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        if (event.query.queryKey[0] !== server) return;
        setAt(Date.now());
      }),
    [queryClient, server],
  );
  return at;
}

/** A clock that ticks every `intervalMs` (for relative times and the burn-in step). */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
