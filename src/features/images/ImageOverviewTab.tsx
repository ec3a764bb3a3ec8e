import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { imageQueries } from '@/api/images/queries';
import { instanceQueries } from '@/api/instances/queries';
import { Fact, FactsTable } from '@/components/FactsTable';
import { paths } from '@/config/paths';
import { compareText, formatBytes, formatDate } from '@/lib/format';
import { aliasNames, expiresNever, imageDescription, instancesFromImage, osRelease, typeLabel } from './imageModel';
import { useImageRoute } from './useImageRoute';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** What the image is, where it came from, and the instances made from it. Every LXD text stays text. */
export function ImageOverviewTab() {
  const { project, fingerprint } = useImageRoute();
  const client = useLxdClient();
  const image = useQuery(imageQueries.detail(client, project, fingerprint)).data?.data;
  const instances = useQuery(instanceQueries.list(client, project));
  if (!image) return null;
  const properties = Object.entries(image.properties ?? {}).sort(([a], [b]) => compareText(a, b));
  const made = instancesFromImage(instances.data, image.fingerprint);
  const source = image.update_source;

  return (
    <div className="overview">
      <dl className="facts" aria-label="Summary">
        <Fact label="Fingerprint">
          <span className="cell-mono">{image.fingerprint}</span>
        </Fact>
        <Fact label="Description">{imageDescription(image) || '—'}</Fact>
        <Fact label="OS and release">{osRelease(image) || '—'}</Fact>
        <Fact label="Type">{typeLabel(image.type)}</Fact>
        <Fact label="Architecture">{image.architecture}</Fact>
        <Fact label="Size">{formatBytes(image.size)}</Fact>
        <Fact label="Aliases">{aliasNames(image).join(', ') || '—'}</Fact>
        <Fact label="Created">{formatDate(image.created_at)}</Fact>
        <Fact label="Uploaded">{formatDate(image.uploaded_at)}</Fact>
        <Fact label="Last used">{formatDate(image.last_used_at)}</Fact>
        <Fact label="Expires">{expiresNever(image) ? 'Never' : formatDate(image.expires_at)}</Fact>
        <Fact label="Public">{yesNo(image.public)}</Fact>
        <Fact label="Auto-update">{yesNo(image.auto_update)}</Fact>
        <Fact label="Cached">{yesNo(image.cached)}</Fact>
        {image.profiles && <Fact label="Profiles">{image.profiles.join(', ') || 'None'}</Fact>}
      </dl>
      <section aria-labelledby="image-source-title">
        <h2 id="image-source-title" className="section-title">
          Where it came from
        </h2>
        {source ? (
          <dl className="facts" aria-label="Where it came from">
            <Fact label="Server">
              <span className="cell-mono">{source.server}</span>
            </Fact>
            <Fact label="Alias">{source.alias || '—'}</Fact>
            <Fact label="Protocol">{source.protocol}</Fact>
          </dl>
        ) : (
          <p className="muted">Imported or published here: it has no image server to refresh from.</p>
        )}
      </section>
      <section aria-labelledby="image-properties-title">
        <h2 id="image-properties-title" className="section-title">
          Properties
        </h2>
        <FactsTable
          label="Properties"
          columns={[
            { label: 'Property', className: 'cell-mono' },
            { label: 'Value', className: 'image-description' },
          ]}
          rows={properties.map(([key, value]) => ({ key, cells: [key, value] }))}
          empty={<p className="muted">No properties.</p>}
        />
      </section>
      <section aria-labelledby="image-instances-title">
        <h2 id="image-instances-title" className="section-title">
          Instances made from it
        </h2>
        {instances.isPending ? (
          <p className="muted">Loading instances…</p>
        ) : made.length === 0 ? (
          <p className="muted">No instance in project {project} was made from this image.</p>
        ) : (
          <ul className="image-instances" aria-label="Instances made from this image">
            {made.map((instance) => (
              <li key={instance.name}>
                <Link to={paths.instance(project, instance.name)}>{instance.name}</Link> <span className="muted">{instance.status}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
