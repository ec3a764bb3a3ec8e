import { Link } from 'react-router';
import type { Column } from '@/components/DataTable';
import { paths } from '@/config/paths';
import type { LxdNetwork } from '@/lxd';
import { configuredAddress } from './networkModel';
import { NetworkStateCell } from './NetworkStateCell';

const address = (family: 4 | 6): Column<LxdNetwork> => ({
  id: `ipv${family}`,
  label: `IPv${family}`,
  width: '10rem',
  className: 'cell-mono cell-ellipsis',
  hideNarrow: true,
  sortValue: (network) => configuredAddress(network, family),
  render: (network) => configuredAddress(network, family) || <span className="muted">—</span>,
});

/** The network list's columns; `project` makes the name links (a host interface's page shows its state). */
export function networkColumns(project: string): Column<LxdNetwork>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      width: '12rem',
      sortValue: (network) => network.name,
      className: 'cell-name cell-ellipsis',
      render: (network) => <Link to={paths.network(project, network.name)}>{network.name}</Link>,
    },
    { id: 'type', label: 'Type', width: '7rem', hideNarrow: true, sortValue: (network) => network.type, render: (network) => network.type },
    {
      id: 'managed',
      label: 'Managed',
      width: '6rem',
      hideNarrow: true,
      sortValue: (network) => (network.managed ? 1 : 0),
      render: (network) => (network.managed ? 'yes' : 'no'),
    },
    {
      id: 'description',
      label: 'Description',
      className: 'cell-ellipsis',
      hideNarrow: true,
      sortValue: (network) => network.description,
      // Text, never markup: React escapes it.
      render: (network) => network.description || <span className="muted">—</span>,
    },
    address(4),
    address(6),
    { id: 'state', label: 'State', width: '6.5rem', render: (network) => <NetworkStateCell project={project} network={network} /> },
    {
      id: 'used',
      label: 'Used by',
      width: '5.5rem',
      hideNarrow: true,
      sortValue: (network) => (network.used_by ?? []).length,
      render: (network) => (network.used_by ?? []).length,
    },
  ];
}
