import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};

/** Whether `element` is shown full screen, and a toggle for it. */
export function useFullscreen(element: HTMLElement | null) {
  const isFullscreen = useSyncExternalStore(subscribe, () => element !== null && document.fullscreenElement === element);
  const toggle = () => {
    if (!element) return;
    if (document.fullscreenElement === element) void document.exitFullscreen();
    else void element.requestFullscreen().catch(() => undefined);
  };
  return { isFullscreen, toggle };
}
