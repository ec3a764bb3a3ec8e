import type { ReactNode } from 'react';
import type { ListPreview } from '@/api/listPreview';
import type { ListView } from './useListView';

interface ListToolbarProps<T> {
  view: ListView<T>;
  /** Plural noun of the rows: `instances`, `profiles`. */
  noun: string;
  /** What the filter box searches, for its placeholder: `name or description`. */
  searches?: string;
  /** Extra filter controls (selects bound to view.params.filters). */
  children?: ReactNode;
}

/** The filter box, the list's own filters and the count shown; all of it lives in the URL. */
export function ListToolbar<T>({ view, noun, searches = 'name or description', children }: ListToolbarProps<T>) {
  const shown = view.rows.length;
  const counted = (count: number) => (count === 1 && noun.endsWith('s') ? noun.slice(0, -1) : noun);
  return (
    <div className="toolbar" role="search" data-view="">
      <input
        type="search"
        className="input"
        data-page-filter=""
        placeholder={`Filter by ${searches}`}
        aria-label={`Filter ${noun}`}
        value={view.params.q}
        onChange={(event) => view.setParams({ q: event.target.value })}
      />
      {children}
      <span className="muted toolbar-count" aria-live="polite">
        {shown === view.total ? `${view.total} ${counted(view.total)}` : `${shown} of ${view.total} ${counted(view.total)}`}
      </span>
    </div>
  );
}

interface ListPreviewNoteProps {
  noun: string;
  shown: number;
  /** Undefined: not known yet (the network list's preview does not know the host's interfaces). */
  total?: number;
}

/**
 * Above a list's first screenful, shown while the whole list loads (`useListPreview`): says that
 * filtering and sorting come with the rest.
 */
export function ListPreviewNote({ noun, shown, total }: ListPreviewNoteProps) {
  return (
    <div className="toolbar">
      <p className="muted list-preview-note" role="status">
        {`First ${shown}${total === undefined ? '' : ` of ${total}`} ${noun}; loading the whole list to filter and sort…`}
      </p>
    </div>
  );
}

/**
 * What a list shows while its preview stands in for it (`usePreviewedList`), for `QueryState`'s
 * `preview`: the note and the first screenful in the list's own table. Undefined without a preview.
 */
export function previewRows<T>(noun: string, preview: ListPreview<T> | undefined, table: (rows: readonly T[]) => ReactNode): ReactNode {
  if (!preview) return undefined;
  return (
    <>
      <ListPreviewNote noun={noun} shown={preview.rows.length} total={preview.total} />
      {table(preview.rows)}
    </>
  );
}

/**
 * Above a list read by name (`api/namedList.ts`) while it reads every object to sort or filter
 * by their fields: how far it got. Rows join the result as they are read.
 */
export function NamedRowsNote({ noun, read, total }: { noun: string; read: number; total: number }) {
  return (
    <div className="toolbar">
      <p className="muted list-preview-note" role="status">
        {`Read ${read} of ${total} ${noun}; the sort and filters take in the rest as they arrive…`}
      </p>
    </div>
  );
}

interface ListFilterSelectProps<T> {
  view: ListView<T>;
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  allLabel: string;
}

/** A select bound to one of the list's URL filters. */
export function ListFilterSelect<T>({ view, name, label, options, allLabel }: ListFilterSelectProps<T>) {
  return (
    <select
      className="input"
      data-view=""
      aria-label={label}
      value={view.params.filters[name] ?? ''}
      onChange={(event) => view.setParams({ filters: { [name]: event.target.value } })}
    >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
    </select>
  );
}

interface ListEmptyProps<T> {
  view: ListView<T>;
  noun: string;
  /** What to show when the collection itself is empty (how to make the first one). */
  empty: ReactNode;
}

/** Empty collection, or nothing matching the filters (with a way to clear them). Null when there are rows. */
export function ListEmpty<T>({ view, noun, empty }: ListEmptyProps<T>) {
  if (view.rows.length > 0) return null;
  if (view.total === 0) return <>{empty}</>;
  return (
    <div className="state state-empty">
      <h2>No {noun} match</h2>
      <button type="button" className="button" onClick={view.clearFilters} data-view="">
        Clear filters
      </button>
    </div>
  );
}
