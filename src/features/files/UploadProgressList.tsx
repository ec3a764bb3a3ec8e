export interface UploadItem {
  id: number;
  path: string;
  loaded: number;
  total: number;
  status: 'waiting' | 'uploading' | 'done' | 'failed';
  error?: string;
}

const STATUS_TEXT: Record<UploadItem['status'], string> = {
  waiting: 'Waiting',
  uploading: 'Uploading',
  done: 'Uploaded',
  failed: 'Failed',
};

export function UploadProgressList({ items, onClear }: { items: UploadItem[]; onClear: () => void }) {
  if (items.length === 0) return null;
  const finished = items.some((item) => item.status === 'done' || item.status === 'failed');
  return (
    <div className="upload-list">
      <ul aria-label="Uploads">
        {items.map((item) => {
          const percent = item.total > 0 ? Math.round((item.loaded / item.total) * 100) : item.status === 'done' ? 100 : 0;
          return (
            <li key={item.id} data-upload={item.path} data-status={item.status}>
              <span className="upload-path">{item.path}</span>
              <progress aria-label={`Upload of ${item.path}`} max={100} value={percent} />
              <span className="upload-status" role={item.status === 'failed' ? 'alert' : undefined}>
                {item.status === 'failed' ? `Failed: ${item.error ?? ''}` : `${STATUS_TEXT[item.status]} ${item.status === 'uploading' ? `${percent}%` : ''}`}
              </span>
            </li>
          );
        })}
      </ul>
      {finished && (
        <button type="button" className="button" onClick={onClear}>
          Clear finished uploads
        </button>
      )}
    </div>
  );
}
