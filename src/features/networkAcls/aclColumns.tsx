import { Link } from 'react-router';
import type { Column } from '@/components/DataTable';
import { paths } from '@/config/paths';
import type { LxdNetworkAcl } from '@/lxd';

/** The ACL list's columns; `project` makes the name links. */
export function aclColumns(project: string): Column<LxdNetworkAcl>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      width: '14rem',
      sortValue: (acl) => acl.name,
      className: 'cell-name cell-ellipsis',
      render: (acl) => <Link to={paths.networkAcl(project, acl.name)}>{acl.name}</Link>,
    },
    {
      id: 'description',
      label: 'Description',
      className: 'cell-ellipsis',
      hideNarrow: true,
      sortValue: (acl) => acl.description,
      // Text, never markup: React escapes it.
      render: (acl) => acl.description || <span className="muted">—</span>,
    },
    { id: 'ingress', label: 'Ingress rules', width: '7rem', sortValue: (acl) => acl.ingress.length, render: (acl) => acl.ingress.length },
    { id: 'egress', label: 'Egress rules', width: '7rem', sortValue: (acl) => acl.egress.length, render: (acl) => acl.egress.length },
    { id: 'used', label: 'Used by', width: '6rem', sortValue: (acl) => (acl.used_by ?? []).length, render: (acl) => (acl.used_by ?? []).length },
  ];
}
