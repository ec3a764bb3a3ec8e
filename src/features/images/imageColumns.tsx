import { Link } from 'react-router';
import { DATE_COLUMN_WIDTH, type Column } from '@/components/DataTable';
import { paths } from '@/config/paths';
import { formatBytes, formatDate } from '@/lib/format';
import type { LxdImage } from '@/lxd';
import { aliasNames, expiresNever, imageDescription, imageName, osRelease, shortFingerprint, typeLabel } from './imageModel';

const none = <span className="muted">—</span>;
const flag = (value: boolean) => (value ? 'yes' : 'no');
const time = (value: string) => (Date.parse(value) > 0 ? Date.parse(value) : 0);

/** The image list's columns; `project` makes the links. Every text from LXD is rendered as text. */
export function imageColumns(project: string): Column<LxdImage>[] {
  return [
    {
      id: 'aliases',
      label: 'Aliases',
      width: '11rem',
      sortValue: (image) => imageName(image),
      className: 'cell-name cell-ellipsis',
      render: (image) => {
        const [, ...more] = aliasNames(image);
        return (
          <>
            <Link to={paths.image(project, image.fingerprint)} title={aliasNames(image).join(', ') || undefined}>
              {imageName(image)}
            </Link>
            {more.length > 0 && <span className="muted"> {more.join(', ')}</span>}
          </>
        );
      },
    },
    {
      id: 'description',
      label: 'Description',
      width: '12rem',
      sortValue: (image) => imageDescription(image),
      className: 'cell-ellipsis',
      hideNarrow: true,
      render: (image) => imageDescription(image) || none,
    },
    {
      id: 'os',
      label: 'OS and release',
      width: '9rem',
      sortValue: (image) => osRelease(image),
      className: 'cell-ellipsis',
      hideNarrow: true,
      render: (image) => osRelease(image) || none,
    },
    { id: 'architecture', label: 'Architecture', width: '7.5rem', sortValue: (image) => image.architecture, hideNarrow: true, render: (image) => image.architecture },
    { id: 'type', label: 'Type', width: '7.5rem', className: 'cell-ellipsis', sortValue: (image) => image.type, hideNarrow: true, render: (image) => typeLabel(image.type) },
    { id: 'size', label: 'Size', width: '6.5rem', sortValue: (image) => image.size, render: (image) => formatBytes(image.size) },
    { id: 'public', label: 'Public', width: '5rem', sortValue: (image) => flag(image.public), hideNarrow: true, render: (image) => flag(image.public) },
    {
      id: 'auto_update',
      label: 'Auto-update',
      width: '7rem',
      sortValue: (image) => flag(image.auto_update),
      hideNarrow: true,
      render: (image) => flag(image.auto_update),
    },
    { id: 'cached', label: 'Cached', width: '5.5rem', sortValue: (image) => flag(image.cached), hideNarrow: true, render: (image) => flag(image.cached) },
    {
      id: 'uploaded',
      label: 'Uploaded',
      width: DATE_COLUMN_WIDTH,
      sortValue: (image) => time(image.uploaded_at),
      hideNarrow: true,
      render: (image) => formatDate(image.uploaded_at),
    },
    {
      id: 'last_used',
      label: 'Last used',
      width: DATE_COLUMN_WIDTH,
      sortValue: (image) => time(image.last_used_at),
      hideNarrow: true,
      render: (image) => formatDate(image.last_used_at),
    },
    {
      id: 'expires',
      label: 'Expires',
      width: DATE_COLUMN_WIDTH,
      sortValue: (image) => time(image.expires_at),
      hideNarrow: true,
      render: (image) => (expiresNever(image) ? 'never' : formatDate(image.expires_at)),
    },
    {
      id: 'fingerprint',
      label: 'Fingerprint',
      width: '8rem',
      sortValue: (image) => image.fingerprint,
      className: 'cell-mono',
      hideNarrow: true,
      render: (image) => <span title={image.fingerprint}>{shortFingerprint(image.fingerprint)}</span>,
    },
  ];
}
