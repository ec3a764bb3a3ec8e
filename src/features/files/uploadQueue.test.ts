import { describe, expect, it } from 'vitest';
import { cancelWaiting, cancelledNote, clearFinishedUploads, uploadPercent, uploadStatusText, type UploadItem } from './uploadQueue';

const item = (change: Partial<UploadItem> = {}): UploadItem => ({
  id: 1,
  path: '/root/big.bin',
  loaded: 0,
  total: 200,
  status: 'waiting',
  replacing: false,
  ...change,
});

describe('upload queue', () => {
  it('says where each upload is', () => {
    expect(uploadStatusText(item())).toBe('Waiting');
    expect(uploadStatusText(item({ status: 'uploading', loaded: 50 }))).toBe('Uploading 25%');
    expect(uploadStatusText(item({ status: 'done', loaded: 200 }))).toBe('Uploaded');
    expect(uploadStatusText(item({ status: 'failed', error: 'disk full' }))).toBe('Failed: disk full');
    expect(uploadStatusText(item({ status: 'cancelled', interrupted: true }))).toBe('Cancelled');
  });

  it('counts an empty file as done at 100%, never more than 100%', () => {
    expect(uploadPercent(item({ total: 0, status: 'done' }))).toBe(100);
    expect(uploadPercent(item({ total: 0, status: 'uploading' }))).toBe(0);
    expect(uploadPercent(item({ loaded: 300 }))).toBe(100);
  });

  it('warns of a partial file only when the upload was stopped while sending', () => {
    expect(cancelledNote(item({ status: 'cancelled' }))).toBeNull();
    expect(cancelledNote(item({ status: 'cancelled', interrupted: true }))).toBe('/root/big.bin may have been partly written.');
    expect(cancelledNote(item({ status: 'cancelled', interrupted: true, replacing: true }))).toBe(
      '/root/big.bin may have been partly written: its old content may be gone.',
    );
    expect(cancelledNote(item({ status: 'failed' }))).toBeNull();
  });

  it('skips a waiting upload at once and leaves a running one to its request', () => {
    const items = [item({ id: 1, status: 'uploading' }), item({ id: 2 }), item({ id: 3, status: 'done' })];
    expect(cancelWaiting(items, 2).map((entry) => entry.status)).toEqual(['uploading', 'cancelled', 'done']);
    expect(cancelWaiting(items, 1)).toEqual(items);
    expect(cancelWaiting(items, 3)).toEqual(items);
  });

  it('clears finished, failed and cancelled uploads, keeping the active ones', () => {
    const items = [
      item({ id: 1, status: 'done' }),
      item({ id: 2, status: 'failed' }),
      item({ id: 3, status: 'cancelled' }),
      item({ id: 4, status: 'uploading' }),
      item({ id: 5 }),
    ];
    expect(clearFinishedUploads(items).map((entry) => entry.id)).toEqual([4, 5]);
  });
});
