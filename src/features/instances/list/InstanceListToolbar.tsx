import { STATUS_FILTERS, type InstanceListParams } from './instanceListModel';

interface InstanceListToolbarProps {
  params: InstanceListParams;
  onChange: (change: Partial<InstanceListParams>) => void;
  shown: number;
  total: number;
}

export function InstanceListToolbar({ params, onChange, shown, total }: InstanceListToolbarProps) {
  return (
    <div className="toolbar" role="search">
      <input
        type="search"
        className="input"
        placeholder="Filter by name, description or image"
        aria-label="Filter instances"
        data-page-filter
        value={params.q}
        onChange={(event) => onChange({ q: event.target.value })}
      />
      <select
        className="input"
        aria-label="Status"
        value={params.status}
        onChange={(event) => onChange({ status: event.target.value })}
      >
        <option value="">All statuses</option>
        {STATUS_FILTERS.map((status) => (
          <option key={status} value={status}>
            {status}
          </option>
        ))}
      </select>
      <span className="muted toolbar-count" aria-live="polite">
        {shown === total ? `${total} instances` : `${shown} of ${total} instances`}
      </span>
    </div>
  );
}
