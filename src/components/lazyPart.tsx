import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

const RETRY_MS = 30_000;

/**
 * A part of the shell whose code is fetched when it is first shown, for places outside any page's
 * error boundary (the top bar, the server gate). Unlike `React.lazy`, a failed fetch (LXD
 * unreachable at that moment, a new build served meanwhile) does not throw up to the root and
 * blank the page: `failed` is shown instead, and the fetch is tried again 30 s later, so a wall
 * screen that lost the server just then heals by itself.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { loading = null, failed = null }: { loading?: ReactNode; failed?: ReactNode } = {},
): ComponentType<P> {
  let Loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  return function LazyPart(props: P) {
    const [, setLoaded] = useState(false);
    const [error, setError] = useState(false);
    useEffect(() => {
      if (Loaded || error) return;
      let live = true;
      pending ??= load().finally(() => {
        pending = undefined;
      });
      pending.then(
        (component) => {
          Loaded = component;
          if (live) setLoaded(true);
        },
        () => {
          if (live) setError(true);
        },
      );
      return () => {
        live = false;
      };
    }, [error]);
    useEffect(() => {
      if (!error) return;
      const timer = setTimeout(() => setError(false), RETRY_MS);
      return () => clearTimeout(timer);
    }, [error]);
    if (Loaded) return <Loaded {...props} />;
    return <>{error ? failed : loading}</>;
  };
}
