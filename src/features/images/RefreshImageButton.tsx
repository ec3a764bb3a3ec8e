import { useRefreshImage } from '@/api/images/mutations';
import type { LxdImageDetails } from '@/api/images/queries';
import { ActionButton } from '@/components/reasons';

interface RefreshImageButtonProps {
  project: string;
  image: LxdImageDetails;
  /** After a refresh that brought a newer version (a new fingerprint, when LXD's alias says which). */
  onReplaced: (fingerprint: string | undefined) => void;
}

/** Asks LXD to fetch the newest version from where the image came from, and says what happened. */
export function RefreshImageButton({ project, image, onReplaced }: RefreshImageButtonProps) {
  const refresh = useRefreshImage(project, image);
  const source = image.update_source;
  return (
    <>
      <ActionButton write
        reason={source ? undefined : 'Only an image copied from an image server can be refreshed.'}
        disabled={refresh.isPending}
        onClick={() =>
          refresh.mutate(undefined, {
            onSuccess: (result) => {
              if (result.refreshed) onReplaced(result.fingerprint);
            },
          })
        }
      >
        {refresh.isPending ? 'Refreshing…' : 'Refresh'}
      </ActionButton>
      {refresh.isSuccess && !refresh.data.refreshed && (
        <span className="muted" role="status">
          Already up to date.
        </span>
      )}
    </>
  );
}
