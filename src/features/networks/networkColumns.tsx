import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { ReadWhenShown } from '@/api/namedList';
import { networkQueries } from '@/api/networks/queries';
import type { Column } from '@/components/DataTable';
import { readCell } from '@/components/namedCells';
import { paths } from '@/config/paths';
import { configuredAddress, type NetworkRow } from './networkModel';
import { NetworkStateCell } from './NetworkStateCell';

/** A cell whose value comes with the network itself: `…` while it is read, `—` if it could not be. */
const detail = (row: NetworkRow, show: (network: NonNullable<NetworkRow['network']>) => ReactNode): ReactNode => readCell(row, row.network, show);

/** The name, linked; while the row is rendered it reads its network (in turn with the other rows). */
function NameCell({ project, name }: { project: string; name: string }) {
  const client = useLxdClient();
  return (
    <>
      <Link to={paths.network(project, name)}>{name}</Link>
      <ReadWhenShown query={networkQueries.row(client, project, name)} />
    </>
  );
}

const address = (family: 4 | 6): Column<NetworkRow> => ({
  id: `ipv${family}`,
  label: `IPv${family}`,
  width: '10rem',
  className: 'cell-mono cell-ellipsis',
  hideNarrow: true,
  sortValue: (row) => (row.network ? configuredAddress(row.network, family) : ''),
  render: (row) => detail(row, (network) => configuredAddress(network, family) || <span className="muted">—</span>),
});

/** The network list's columns; `project` makes the name links (a host interface's page shows its state). */
export function networkColumns(project: string): Column<NetworkRow>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      width: '12rem',
      sortValue: (row) => row.name,
      className: 'cell-name cell-ellipsis',
      render: (row) => <NameCell project={project} name={row.name} />,
    },
    {
      id: 'type',
      label: 'Type',
      width: '7rem',
      hideNarrow: true,
      sortValue: (row) => row.network?.type ?? '',
      render: (row) => detail(row, (network) => network.type),
    },
    {
      id: 'managed',
      label: 'Managed',
      width: '6rem',
      hideNarrow: true,
      sortValue: (row) => (row.managed ? 1 : 0),
      render: (row) => (row.managed ? 'yes' : 'no'),
    },
    {
      id: 'description',
      label: 'Description',
      className: 'cell-ellipsis',
      hideNarrow: true,
      sortValue: (row) => row.network?.description ?? '',
      // Text, never markup: React escapes it.
      render: (row) => detail(row, (network) => network.description || <span className="muted">—</span>),
    },
    address(4),
    address(6),
    { id: 'state', label: 'State', width: '6.5rem', render: (row) => <NetworkStateCell project={project} row={row} /> },
    {
      id: 'used',
      label: 'Used by',
      width: '5.5rem',
      hideNarrow: true,
      sortValue: (row) => (row.network?.used_by ?? []).length,
      render: (row) => detail(row, (network) => (network.used_by ?? []).length),
    },
  ];
}
