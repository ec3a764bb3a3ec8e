import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { useUpdateImage } from '@/api/images/mutations';
import { imageQueries } from '@/api/images/queries';
import { serverQueries } from '@/api/server/queries';
import { ConfigEditor } from '@/components/config/ConfigEditor';
import { hasExtension } from '@/lxd';
import { imageConfigResource } from './imageConfig';
import { shortFingerprint } from './imageModel';
import { useImageRoute } from './useImageRoute';

/** Properties, public, auto-update, expiry and profiles through the shared editor (YAML, If-Match). */
export function ImageConfigurationTab() {
  const { project, fingerprint } = useImageRoute();
  const client = useLxdClient();
  const detail = useQuery(imageQueries.detail(client, project, fingerprint));
  const server = useQuery(serverQueries.info(client)).data;
  const save = useUpdateImage(project, fingerprint);
  if (!detail.data || !server) return null;
  const resource = imageConfigResource({ profiles: hasExtension(server, 'image_profiles'), expiry: hasExtension(server, 'images_expiry') });
  return (
    <ConfigEditor key={`${project}/${fingerprint}`} resource={resource} name={`image ${shortFingerprint(fingerprint)}`} latest={detail.data} save={save} />
  );
}
