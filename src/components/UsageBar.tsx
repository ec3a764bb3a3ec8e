import { formatBytes } from '@/lib/format';
import './usageBar.css';

export interface Usage {
  used: number;
  total: number;
  /** used / total, between 0 and 1. */
  fraction: number;
  /** `1.2 GiB of 10 GiB (12%)`. */
  text: string;
}

/** Bytes used of a total, or undefined when the total is unknown or zero. */
export function usageOf(used: number | null | undefined, total: number | null | undefined): Usage | undefined {
  if (!total || total <= 0) return undefined;
  const usedBytes = used ?? 0;
  const fraction = Math.min(1, Math.max(0, usedBytes / total));
  return { used: usedBytes, total, fraction, text: `${formatBytes(usedBytes)} of ${formatBytes(total)} (${Math.round(fraction * 100)}%)` };
}

/** A meter bar (red from 90%) with its text: a pool's space, a server's memory. */
export function UsageBar({ usage, label }: { usage: Usage; label: string }) {
  const percent = Math.round(usage.fraction * 100);
  return (
    <span className="space-bar" data-space-used={usage.used} data-space-total={usage.total}>
      <span
        className="space-bar-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={usage.text}
      >
        <span className={percent >= 90 ? 'space-bar-fill is-full' : 'space-bar-fill'} style={{ width: `${percent}%` }} />
      </span>
      <span className="space-bar-text">{usage.text}</span>
    </span>
  );
}
