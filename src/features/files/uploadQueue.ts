/** The upload list's items and what they say: plain logic, shared by the panel and the list. */

export type UploadStatus = 'waiting' | 'uploading' | 'done' | 'failed' | 'cancelled';

export interface UploadItem {
  id: number;
  path: string;
  loaded: number;
  total: number;
  status: UploadStatus;
  /** The name was taken when the upload was chosen: the user confirmed replacing that file. */
  replacing: boolean;
  /** Cancelled while its bytes were being sent, so LXD may have written some of them. */
  interrupted?: boolean;
  error?: string;
}

export const isActiveUpload = (item: UploadItem) => item.status === 'waiting' || item.status === 'uploading';

/** What "Clear finished uploads" keeps: the ones still waiting or running. */
export const clearFinishedUploads = (items: readonly UploadItem[]) => items.filter(isActiveUpload);

export function uploadPercent(item: UploadItem): number {
  if (item.total > 0) return Math.min(100, Math.round((item.loaded / item.total) * 100));
  return item.status === 'done' ? 100 : 0;
}

export function uploadStatusText(item: UploadItem): string {
  switch (item.status) {
    case 'waiting':
      return 'Waiting';
    case 'uploading':
      return `Uploading ${uploadPercent(item)}%`;
    case 'done':
      return 'Uploaded';
    case 'failed':
      return `Failed: ${item.error ?? ''}`;
    case 'cancelled':
      return 'Cancelled';
  }
}

/**
 * LXD 5.0.2 opens the target (created, or truncated when it exists) as soon as the request
 * arrives and writes the body as it comes, so an upload stopped midway leaves part of it
 * behind, and a replaced file has lost its old content. A skipped one sent nothing.
 */
export function cancelledNote(item: UploadItem): string | null {
  if (item.status !== 'cancelled' || !item.interrupted) return null;
  return item.replacing
    ? `${item.path} may have been partly written: its old content may be gone.`
    : `${item.path} may have been partly written.`;
}

/** Cancelling marks a waiting upload at once; a running one is marked when its aborted request ends. */
export function cancelWaiting(items: readonly UploadItem[], id: number): UploadItem[] {
  return items.map((item) => (item.id === id && item.status === 'waiting' ? { ...item, status: 'cancelled' } : item));
}
