import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { imageQueries } from '@/api/images/queries';
import { DetailLayout } from '@/components/DetailLayout';
import { QueryState } from '@/components/QueryState';
import { IMAGE_TABS, paths } from '@/config/paths';
import { ExportImageButton } from './transfer/ExportImageButton';
import { DeleteImagesDialog } from './DeleteImagesDialog';
import { imageName, shortFingerprint, typeLabel } from './imageModel';
import { launchPath } from './launch';
import { RefreshImageButton } from './RefreshImageButton';
import { useImageRoute } from './useImageRoute';
import './images.css';
import { ActionButton } from '@/components/reasons';
import { WriteLink } from '@/components/readOnly';

/** Header, actions and tabs of one image; the tab's content comes from the nested route. */
export function ImageDetailPage() {
  const { project, fingerprint } = useImageRoute();
  const client = useLxdClient();
  const navigate = useNavigate();
  const detail = useQuery(imageQueries.detail(client, project, fingerprint));
  const [deleting, setDeleting] = useState(false);

  return (
    <QueryState
      query={detail}
      what={`image ${shortFingerprint(fingerprint)}`}
      notFound={{
        title: `Image “${shortFingerprint(fingerprint)}” not found`,
        message: `There is no image with that fingerprint in project ${project}.`,
        back: { label: 'Back to images', to: paths.images(project) },
      }}
    >
      {({ data: image }) => (
        <DetailLayout
          title={imageName(image)}
          titleContext={['Images']}
          breadcrumbs={[{ label: 'Images', to: paths.images(project) }]}
          subtitle={`${typeLabel(image.type)} image · ${shortFingerprint(image.fingerprint)} · project ${project}`}
          tabsLabel="Image sections"
          tabs={[
            { label: 'Overview', to: paths.image(project, fingerprint) },
            ...IMAGE_TABS.map((tab) => ({ label: tab.label, to: paths.image(project, fingerprint, tab.id) })),
          ]}
          pageProps={{ 'data-image': image.fingerprint }}
          actions={
            <>
              <WriteLink className="button button-primary" to={launchPath(project, image.fingerprint)}>
                Launch
              </WriteLink>
              <RefreshImageButton
                project={project}
                image={image}
                onReplaced={(next) => void navigate(next ? paths.image(project, next) : paths.images(project), { replace: true })}
              />
              <ExportImageButton project={project} image={image} />
              <ActionButton write type="button" className="button button-danger" aria-haspopup="dialog" onClick={() => setDeleting(true)}>
                Delete…
              </ActionButton>
              {deleting && (
                <DeleteImagesDialog
                  project={project}
                  images={[image]}
                  onClose={() => setDeleting(false)}
                  onDeleted={() => void navigate(paths.images(project))}
                />
              )}
            </>
          }
        />
      )}
    </QueryState>
  );
}
