import { useLayoutEffect, useState, type RefObject } from 'react';

export interface RowWindow {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
}

/** Which rows of a fixed-height list are in view. Pure, so it is tested without a browser. */
export function computeWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): RowWindow {
  const first = Math.floor(scrollTop / rowHeight);
  const visible = Math.ceil(viewportHeight / rowHeight);
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.max(start, Math.min(count, first + visible + overscan));
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

/**
 * Renders only what is in the scroll container's view (plus overscan), so 500 or 5000 rows
 * cost the same to draw.
 */
export function useWindowedRows(
  containerRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan = 8,
  /** False for a short list drawn whole: no listeners, no re-render on scroll. */
  enabled = true,
): RowWindow {
  // Height 0 until measured: the first render draws only the overscan rows, all of them among
  // those shown once measured (rows read what they show, so a guess too tall would read rows
  // that never appear). Measured in the next animation frame rather than at once: measuring
  // during the commit forced a layout of the whole page and a second render of the table inside
  // the first one, which held the first screen's rows back (on a cold load of the instance list,
  // 60–160 ms of a 250–330 ms first render). The rest of the screenful follows a frame later.
  const [viewport, setViewport] = useState({ scrollTop: 0, height: 0 });

  useLayoutEffect(() => {
    const element = containerRef.current;
    if (!element || !enabled) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setViewport((previous) =>
        previous.scrollTop === element.scrollTop && previous.height === element.clientHeight
          ? previous
          : { scrollTop: element.scrollTop, height: element.clientHeight },
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    schedule();
    element.addEventListener('scroll', schedule, { passive: true });
    const observer = new ResizeObserver(schedule);
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', schedule);
      observer.disconnect();
    };
  }, [containerRef, enabled]);

  if (!enabled) return { start: 0, end: count, padTop: 0, padBottom: 0 };
  return computeWindow(count, rowHeight, viewport.scrollTop, viewport.height, overscan);
}
