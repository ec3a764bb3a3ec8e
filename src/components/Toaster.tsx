import { useEffect } from 'react';
import { useToastStore, type Toast } from './toastStore';

const SUCCESS_MS = 5000;

export function Toaster() {
  const toasts = useToastStore((state) => state.toasts);
  return (
    <div className="toaster" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((state) => state.dismiss);
  useEffect(() => {
    // Errors stay until dismissed: the user must be able to read LXD's message.
    if (toast.tone === 'error') return;
    const timer = setTimeout(() => dismiss(toast.id), SUCCESS_MS);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <span>{toast.message}</span>
      <button type="button" className="toast-close" data-view="" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}
