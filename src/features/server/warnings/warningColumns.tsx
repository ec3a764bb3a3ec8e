import { Link } from 'react-router';
import type { LxdWarning } from '@/api/warnings/types';
import { DATE_COLUMN_WIDTH, type Column } from '@/components/DataTable';
import { formatDate } from '@/lib/format';
import { severityRank, warningEntity, warningTone } from './warningModel';

function Badge({ value }: { value: string }) {
  return <span className={`badge badge-${warningTone(value)}`}>{value}</span>;
}

function EntityCell({ warning }: { warning: LxdWarning }) {
  const entity = warningEntity(warning);
  if (!entity) return <span className="muted">server</span>;
  return entity.to ? <Link to={entity.to}>{entity.text}</Link> : <>{entity.text}</>;
}

export const WARNING_COLUMNS: readonly Column<LxdWarning>[] = [
  { id: 'severity', label: 'Severity', width: '6.5rem', hideNarrow: true, sortValue: (warning) => severityRank(warning.severity), render: (warning) => <Badge value={warning.severity} /> },
  { id: 'status', label: 'Status', width: '7.5rem', sortValue: (warning) => warning.status, render: (warning) => <Badge value={warning.status} /> },
  { id: 'type', label: 'Type', sortValue: (warning) => warning.type, className: 'cell-name', render: (warning) => warning.type },
  { id: 'message', label: 'Message', hideNarrow: true, render: (warning) => warning.last_message || <span className="muted">—</span> },
  { id: 'project', label: 'Project', width: '7rem', hideNarrow: true, sortValue: (warning) => warning.project, render: (warning) => warning.project || <span className="muted">—</span> },
  { id: 'entity', label: 'Entity', width: '9rem', hideNarrow: true, render: (warning) => <EntityCell warning={warning} /> },
  { id: 'count', label: 'Count', width: '4.5rem', hideNarrow: true, sortValue: (warning) => warning.count, render: (warning) => warning.count },
  { id: 'first', label: 'First seen', width: DATE_COLUMN_WIDTH, hideNarrow: true, sortValue: (warning) => warning.first_seen_at, render: (warning) => formatDate(warning.first_seen_at) },
  { id: 'last', label: 'Last seen', width: DATE_COLUMN_WIDTH, hideNarrow: true, sortValue: (warning) => warning.last_seen_at, render: (warning) => formatDate(warning.last_seen_at) },
];
