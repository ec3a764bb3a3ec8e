import { create } from 'zustand';

export type ToastTone = 'success' | 'error' | 'info';

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
}

interface ToastStore {
  toasts: Toast[];
  push: (tone: ToastTone, message: string) => void;
  dismiss: (id: number) => void;
}

// At most this many at once: a bulk action on 200 instances must not stack 200 toasts.
const MAX_TOASTS = 4;
let nextId = 1;

export const useToastStore = create<ToastStore>((set) => ({
  toasts: [],
  push: (tone, message) =>
    set((state) => ({ toasts: [...state.toasts, { id: nextId++, tone, message }].slice(-MAX_TOASTS) })),
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));

export function showToast(tone: ToastTone, message: string): void {
  useToastStore.getState().push(tone, message);
}
