import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { describeUsedBy, parseUsedBy, type UsedByRef } from '@/lib/usedBy';

/** The page of an object named in `used_by`, where the app has one. */
export function usedByPath(ref: UsedByRef): string | undefined {
  if (ref.collection === 'instances') return paths.instance(ref.project, ref.name);
  if (ref.collection === 'profiles') return paths.profile(ref.project, ref.name);
  if (ref.collection === 'projects') return paths.projectSettings(ref.name);
  if (ref.collection === 'networks' && ref.rest.length === 0) return paths.network(ref.project, ref.name);
  if (ref.collection === 'network-acls' && ref.rest.length === 0) return paths.networkAcl(ref.project, ref.name);
  if (ref.collection === 'images' && ref.rest.length === 0) return paths.image(ref.project, ref.name);
  if (ref.collection === 'storage-pools' && ref.rest.length === 0) return paths.storagePool(ref.project, ref.name);
  if (ref.collection === 'storage-pools' && ref.rest[0] === 'volumes' && ref.rest[1] === 'custom' && ref.rest[2] && ref.rest.length === 3)
    return paths.storageVolume(ref.project, ref.name, ref.rest[2]);
  return undefined;
}

interface UsedByListProps {
  usedBy: readonly string[] | null | undefined;
  /** The project the page is in: entries of other projects say which. */
  project?: string;
  label: string;
  /** Shown when nothing uses the object. */
  none?: string;
}

/** `used_by` as a list of links (to pages that exist) and names; never raw URLs. */
export function UsedByList({ usedBy, project, label, none = 'Nothing uses it.' }: UsedByListProps) {
  const refs = (usedBy ?? []).map((url) => parseUsedBy(url, project)).filter((ref): ref is UsedByRef => !!ref);
  if (refs.length === 0) return <p className="muted">{none}</p>;
  return (
    <ul className="used-by-list" aria-label={label}>
      {refs.map((ref) => {
        const to = usedByPath(ref);
        const text = describeUsedBy(ref, project);
        return <li key={ref.url}>{to ? <Link to={to}>{text}</Link> : text}</li>;
      })}
    </ul>
  );
}
