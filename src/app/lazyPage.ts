import { lazy, type ComponentType } from 'react';

/** How to start loading each lazy page's code (see `preloadPages` in router.tsx). */
const pageLoaders = new Map<ComponentType, () => Promise<unknown>>();

type PageModule = { default: ComponentType };

/**
 * A page whose code is fetched when it is first opened. The instance list (the landing page) is
 * in the main bundle; everything else, and the YAML library the editors use, is not.
 *
 * Once its code is in, the page renders at once. React.lazy suspends on any promise, even one
 * already settled: the page would show "Loading…" for a frame, and a page with a lazy tab inside
 * (a pool's Volumes tab) would suspend twice, each time rendering the shell again, with React
 * holding back the second reveal to space out loading states. An answer already in is handed
 * over through a thenable that calls back at once, which React takes without suspending.
 */
export function lazyPage(load: () => Promise<ComponentType>) {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Asked again next time (offline at the first attempt, say).
        loading = undefined;
        throw error;
      },
    ));
  const component = lazy(() => {
    const ready = loaded;
    if (ready) return { then: (resolve: (module: PageModule) => void) => resolve({ default: ready }) } as unknown as Promise<PageModule>;
    return start().then((page) => ({ default: page }));
  });
  pageLoaders.set(component, start);
  return component;
}

/** Starts loading a lazy page's code (made by `lazyPage`); undefined for any other component. */
export function pageLoader(component: ComponentType): (() => Promise<unknown>) | undefined {
  return pageLoaders.get(component);
}
