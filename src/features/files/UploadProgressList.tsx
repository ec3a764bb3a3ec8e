import { cancelledNote, isActiveUpload, uploadPercent, uploadStatusText, type UploadItem } from './uploadQueue';

interface UploadProgressListProps {
  items: UploadItem[];
  onCancel: (id: number) => void;
  onClear: () => void;
}

export function UploadProgressList({ items, onCancel, onClear }: UploadProgressListProps) {
  if (items.length === 0) return null;
  const finished = items.some((item) => !isActiveUpload(item));
  return (
    <div className="upload-list">
      <ul aria-label="Uploads">
        {items.map((item) => {
          const note = cancelledNote(item);
          return (
            <li key={item.id} data-upload={item.path} data-status={item.status}>
              <span className="upload-path">{item.path}</span>
              <progress aria-label={`Upload of ${item.path}`} max={100} value={uploadPercent(item)} />
              <span className="upload-status" role={item.status === 'failed' ? 'alert' : undefined}>
                {uploadStatusText(item)}
                {note && <span className="upload-note"> — {note}</span>}
              </span>
              {isActiveUpload(item) && (
                <button data-view="" type="button" className="button" aria-label={`Cancel upload of ${item.path}`} onClick={() => onCancel(item.id)}>
                  Cancel
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {finished && (
        <button data-view="" type="button" className="button" onClick={onClear}>
          Clear finished uploads
        </button>
      )}
    </div>
  );
}
