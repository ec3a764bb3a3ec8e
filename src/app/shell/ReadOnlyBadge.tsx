import { Link } from 'react-router';
import { useReadOnlyMode } from '@/components/readOnly';
import { paths } from '@/config/paths';

/** Says, on every page, that nothing can be changed from here; links to where the setting is. */
export function ReadOnlyBadge() {
  const mode = useReadOnlyMode();
  if (mode === 'off') return null;
  const why =
    mode === 'address'
      ? 'Read-only mode, asked for by the address (?readonly=1): every control that changes something is disabled.'
      : 'Read-only mode, set in this browser: every control that changes something is disabled.';
  return (
    <Link to={paths.server()} className="read-only-badge" title={why} aria-label={`Read-only: ${why}`} data-read-only={mode}>
      Read-only
    </Link>
  );
}
