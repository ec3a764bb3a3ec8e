import { useEffect, useRef } from 'react';
import type { Sparkline as Chart } from './sparkline';

/** The chart module (uPlot), its own chunk. */
export const loadSparkline = () => import('./sparkline');

const WIDTH = 140;
const HEIGHT = 44;

/**
 * A history drawn by uPlot. The chart module is imported the first time one is shown, so uPlot
 * never enters the main bundle or the wall's own chunk.
 */
export function Sparkline({ times, values, label, minMax }: { times: readonly number[]; values: readonly number[]; label: string; minMax: number }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | undefined>(undefined);
  const latest = useRef({ times, values });

  useEffect(() => {
    latest.current = { times, values };
    chart.current?.setData(times, values);
  }, [times, values]);

  useEffect(() => {
    let cancelled = false;
    void loadSparkline().then(({ createSparkline }) => {
      const element = box.current;
      if (cancelled || !element) return;
      // The element's colour is the chart colour, resolved for the wall's colour scheme (wall.css).
      const stroke = getComputedStyle(element).color || 'currentColor';
      chart.current = createSparkline(element, { width: WIDTH, height: HEIGHT, stroke, minMax });
      chart.current.setData(latest.current.times, latest.current.values);
    });
    return () => {
      cancelled = true;
      chart.current?.destroy();
      chart.current = undefined;
    };
  }, [minMax]);

  return <div ref={box} className="wall-sparkline" role="img" aria-label={label} style={{ width: WIDTH, height: HEIGHT }} />;
}
