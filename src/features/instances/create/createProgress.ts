import type { OperationProgress } from '@/realtime/operationProgress';

/** Words for LXD's progress stages; unknown stages are shown in LXD's own words. */
export function stageLabel(stage: string | undefined): string | undefined {
  if (!stage || stage === 'container' || stage === 'instance') return undefined;
  if (/unpack/.test(stage)) return 'Unpacking image';
  if (/download/.test(stage)) return 'Downloading image';
  if (/pack/.test(stage)) return 'Packing';
  const words = stage.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One line saying what LXD is doing in this operation right now, e.g. "Unpacking image: 45%". */
export function describeProgress(progress: OperationProgress | undefined): string | undefined {
  if (!progress) return undefined;
  const label = stageLabel(progress.stage);
  if (label && progress.percent !== undefined) return `${label}: ${progress.percent}%`;
  if (label) return label;
  return progress.text || undefined;
}
