import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { useServerFeatures } from '@/api/server/useServerFeatures';
import { useAcknowledgeWarnings } from '@/api/warnings/mutations';
import { warningQueries } from '@/api/warnings/queries';
import { WARNING_SEVERITIES, WARNING_STATUSES, type LxdWarning } from '@/api/warnings/types';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, ListFilterSelect, ListToolbar } from '@/components/ListToolbar';
import { QueryState } from '@/components/QueryState';
import { ActionButton } from '@/components/reasons';
import { RowMenu } from '@/components/RowMenu';
import { useListView, type ListViewSpec } from '@/components/useListView';
import { SelectionBar } from '@/components/SelectionBar';
import { useRowSelection } from '@/components/useRowSelection';
import { DeleteWarningsDialog } from './DeleteWarningsDialog';
import { WARNING_COLUMNS } from './warningColumns';
import { acknowledgeRefusal, warningEntity, warningLabel } from './warningModel';

const uuidOf = (warning: LxdWarning) => warning.uuid;
const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

const SPEC: ListViewSpec<LxdWarning> = {
  columns: WARNING_COLUMNS,
  defaultSort: 'last',
  rowKey: uuidOf,
  text: (warning) => [warning.type, warning.last_message, warning.project, warningEntity(warning)?.text, warning.location],
  filters: {
    status: (warning, value) => warning.status === value,
    severity: (warning, value) => warning.severity === value,
  },
};

/** What LXD warns about (`/1.0/warnings`): acknowledge or delete, one or the selected ones. */
export function WarningsTab() {
  const features = useServerFeatures();
  if (!features.has('warnings')) {
    return (
      <EmptyState title="Warnings are not available">
        <p>This LXD server has no warnings API (the <code>warnings</code> extension came with LXD 4.21).</p>
      </EmptyState>
    );
  }
  return <WarningList />;
}

function WarningList() {
  const client = useLxdClient();
  const list = useQuery(warningQueries.list(client));
  const view = useListView(list.data, SPEC);
  const selection = useRowSelection('', list.data, view.rows, uuidOf);
  const acknowledge = useAcknowledgeWarnings();
  const [deleting, setDeleting] = useState<readonly LxdWarning[] | null>(null);
  const selectedNew = useMemo(() => selection.selected.filter((warning) => !acknowledgeRefusal(warning)), [selection.selected]);

  return (
    <div className="warnings">
      <QueryState query={list} what="warnings">
        {(_warnings, stale) => (
          <>
            <ListToolbar view={view} noun="warnings" searches="type, message, project or entity">
              <ListFilterSelect view={view} name="status" label="Status" allLabel="Any status" options={options(WARNING_STATUSES)} />
              <ListFilterSelect view={view} name="severity" label="Severity" allLabel="Any severity" options={options(WARNING_SEVERITIES)} />
            </ListToolbar>
            <SelectionBar count={selection.selected.length} onDelete={() => setDeleting(selection.selected)} onClear={selection.clear}>
              <ActionButton write
                reason={selectedNew.length === 0 ? 'None of the selected warnings is new.' : undefined}
                disabled={acknowledge.isPending}
                onClick={() => acknowledge.mutate(selectedNew.map(uuidOf), { onSuccess: selection.clear })}
              >
                {`Acknowledge ${selectedNew.length}`}
              </ActionButton>
            </SelectionBar>
            <ListEmpty
              view={view}
              noun="warnings"
              empty={
                <EmptyState title="No warnings">
                  <p>LXD has nothing to warn about.</p>
                </EmptyState>
              }
            />
            {view.rows.length > 0 && (
              <DataTable
                label="Warnings"
                columns={SPEC.columns}
                rows={view.rows}
                rowKey={uuidOf}
                sort={view.sort}
                stale={stale}
                rowHeight={44}
                selection={{
                  selected: selection.keys,
                  onToggle: selection.toggle,
                  onToggleAll: selection.toggleAll,
                  label: (warning) => `Select ${warningLabel(warning)}`,
                  allLabel: 'Select all shown warnings',
                }}
                actionsWidth="11rem"
                rowProps={(warning) => ({ 'data-warning': warning.uuid, 'data-status': warning.status })}
                actions={(warning) => (
                  <>
                    <ActionButton write
                      reason={acknowledgeRefusal(warning)}
                      disabled={acknowledge.isPending}
                      aria-label={`Acknowledge ${warningLabel(warning)}`}
                      onClick={() => acknowledge.mutate([warning.uuid])}
                    >
                      Acknowledge
                    </ActionButton>
                    <RowMenu
                      label={`More actions for ${warningLabel(warning)}`}
                      items={[
                        {
                          label: 'Delete…',
                          ariaLabel: `Delete ${warningLabel(warning)}`,
                          danger: true,
                          opensDialog: true,
                          onSelect: () => setDeleting([warning]),
                        },
                      ]}
                    />
                  </>
                )}
              />
            )}
          </>
        )}
      </QueryState>
      {deleting && (
        <DeleteWarningsDialog
          warnings={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            selection.clear();
          }}
        />
      )}
    </div>
  );
}
