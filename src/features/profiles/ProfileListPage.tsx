import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { usePreviewedList } from '@/api/listPreview';
import { profileQueries } from '@/api/profiles/queries';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, previewRows, ListToolbar } from '@/components/ListToolbar';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { RowMenu } from '@/components/RowMenu';
import { useListView, type ListViewSpec } from '@/components/useListView';
import { DEFAULT_PROJECT, paths } from '@/config/paths';
import type { LxdProfile } from '@/lxd';
import { profileColumns } from './profileColumns';
import { devicesSummary, renameRefusal, DEFAULT_PROFILE } from './profileModel';
import { useProfileDialogs } from './useProfileDialogs';
import { WriteLink } from '@/components/readOnly';

export function ProfileListPage() {
  const project = useParams().project ?? DEFAULT_PROJECT;
  const client = useLxdClient();
  const { query: list, preview } = usePreviewedList({
    client,
    project,
    collection: '/1.0/profiles',
    list: profileQueries.list(client, project),
  });
  const spec = useMemo<ListViewSpec<LxdProfile>>(
    () => ({
      columns: profileColumns(project),
      defaultSort: 'name',
      rowKey: (profile) => profile.name,
      text: (profile) => [profile.name, profile.description, devicesSummary(profile.devices)],
    }),
    [project],
  );
  const view = useListView(list.data, spec);
  const taken = useMemo(() => (list.data ?? []).map((profile) => profile.name), [list.data]);
  const dialogs = useProfileDialogs(project, { taken });
  const create = (
    <WriteLink className="button button-primary" to={paths.createProfile(project)}>
      Create profile
    </WriteLink>
  );

  const table = (rows: readonly LxdProfile[], stale: boolean) => (
    <DataTable
      label="Profiles"
      columns={spec.columns}
      rows={rows}
      rowKey={spec.rowKey}
      sort={view.sort}
      stale={stale}
      rowHeight={40}
      actionsWidth="8.5rem"
      rowProps={(profile) => ({ 'data-profile': profile.name })}
      actions={(profile) => (
        <>
          <Link className="button" to={paths.profile(project, profile.name, 'configuration')} aria-label={`Edit ${profile.name}`}>
            Edit
          </Link>
          <RowMenu
            label={`More actions for ${profile.name}`}
            items={[
              {
                label: 'Instances using it…',
                ariaLabel: `Choose instances using ${profile.name}`,
                opensDialog: true,
                onSelect: () => dialogs.open('instances', profile),
              },
              {
                label: 'Rename…',
                ariaLabel: `Rename ${profile.name}`,
                opensDialog: true,
                disabledReason: renameRefusal(profile.name),
                onSelect: () => dialogs.open('rename', profile),
              },
              {
                label: 'Delete…',
                ariaLabel: `Delete ${profile.name}`,
                danger: true,
                opensDialog: true,
                disabledReason: profile.name === DEFAULT_PROFILE ? 'The default profile cannot be deleted.' : undefined,
                onSelect: () => dialogs.open('delete', profile),
              },
            ]}
          />
        </>
      )}
    />
  );

  return (
    <section className="page" aria-labelledby="profiles-title">
      <PageHeader id="profiles-title" title="Profiles" subtitle={`project ${project}`} actions={create} />
      <QueryState
        query={list}
        what="profiles"
        preview={previewRows('profiles', preview, (rows) => table(rows, false))}
      >
        {(_profiles, stale) => (
          <>
            <ListToolbar view={view} noun="profiles" searches="name, description or device" />
            <ListEmpty
              view={view}
              noun="profiles"
              empty={
                <EmptyState title="No profiles yet">
                  <p>A profile holds configuration and devices that instances share.</p>
                  {create}
                </EmptyState>
              }
            />
            {view.rows.length > 0 && table(view.rows, stale)}
          </>
        )}
      </QueryState>
      {dialogs.dialog}
    </section>
  );
}
