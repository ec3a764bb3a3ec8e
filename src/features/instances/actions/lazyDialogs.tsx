import { lazy, Suspense, type ComponentType } from 'react';

/**
 * Dialogs are fetched when first opened, not with the instance list: the list is the landing
 * page, and its first load stays small.
 */
function lazyDialog<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  return function LazyDialog(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const LazyLifecycleConfirmDialog = lazyDialog(async () => (await import('./lifecycleConfirm')).LifecycleConfirmDialog);
export const LazyDeleteInstancesDialog = lazyDialog(async () => (await import('./DeleteInstancesDialog')).DeleteInstancesDialog);
export const LazyRenameDialog = lazyDialog(async () => (await import('./RenameDialog')).RenameDialog);
export const LazyCopyDialog = lazyDialog(async () => (await import('./CopyDialog')).CopyDialog);
export const LazyMoveInstanceDialog = lazyDialog(async () => (await import('./MoveInstanceDialog')).MoveInstanceDialog);
export const LazyPublishDialog = lazyDialog(async () => (await import('./PublishDialog')).PublishDialog);
export const LazyBulkActionBar = lazyDialog(async () => (await import('../list/BulkActionBar')).BulkActionBar);
export const LazyBulkProfileDialog = lazyDialog(async () => (await import('../list/BulkProfileDialog')).BulkProfileDialog);
