import { Link } from 'react-router';
import type { Column } from '@/components/DataTable';
import { paths } from '@/config/paths';
import type { LxdProfile } from '@/lxd';
import { devicesSummary, instanceUsers } from './profileModel';

/** The profile list's columns; `project` makes the name links. */
export function profileColumns(project: string): Column<LxdProfile>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      width: '14rem',
      sortValue: (profile) => profile.name,
      className: 'cell-name cell-ellipsis',
      render: (profile) => <Link to={paths.profile(project, profile.name)}>{profile.name}</Link>,
    },
    {
      id: 'description',
      label: 'Description',
      sortValue: (profile) => profile.description,
      className: 'cell-ellipsis',
      hideNarrow: true,
      // Text, never markup: React escapes it.
      render: (profile) => profile.description || <span className="muted">—</span>,
    },
    {
      id: 'instances',
      label: 'Instances',
      width: '7rem',
      sortValue: (profile) => instanceUsers(profile.used_by, project).length,
      render: (profile) => instanceUsers(profile.used_by, project).length,
    },
    {
      id: 'devices',
      label: 'Devices',
      sortValue: (profile) => devicesSummary(profile.devices),
      className: 'cell-ellipsis',
      hideNarrow: true,
      render: (profile) => {
        const summary = devicesSummary(profile.devices);
        return summary ? <span title={summary}>{summary}</span> : <span className="muted">none</span>;
      },
    },
  ];
}
