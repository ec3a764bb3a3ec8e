// The wall's chart code: uPlot, in its own chunk, fetched only when the top instances tile is shown.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface SparklineOptions {
  width: number;
  height: number;
  /** Line colour (a CSS colour). */
  stroke: string;
  /** Lower bound of the value axis' top, so a flat line does not fill the chart. */
  minMax: number;
}

export interface Sparkline {
  setData(times: readonly number[], values: readonly number[]): void;
  destroy(): void;
}

/** A small line chart without axes, legend or cursor: a history to glance at, not to read off. */
export function createSparkline(element: HTMLElement, options: SparklineOptions): Sparkline {
  const plot = new uPlot(
    {
      width: options.width,
      height: options.height,
      cursor: { show: false },
      legend: { show: false },
      select: { show: false, left: 0, top: 0, width: 0, height: 0 },
      scales: {
        x: { time: false },
        y: { range: (_plot, _min, max) => [0, Math.max(options.minMax, Number.isFinite(max) ? max : 0) * 1.1] },
      },
      axes: [{ show: false }, { show: false }],
      series: [{}, { stroke: options.stroke, width: 2, spanGaps: true, points: { show: false } }],
    },
    [[], []],
    element,
  );
  return {
    setData: (times, values) => plot.setData([[...times], values.map((value) => (Number.isNaN(value) ? null : value))]),
    destroy: () => plot.destroy(),
  };
}
