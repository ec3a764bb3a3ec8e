import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { profileQueries } from '@/api/profiles/queries';
import { DetailLayout } from '@/components/DetailLayout';
import { QueryState } from '@/components/QueryState';
import { ActionButton } from '@/components/reasons';
import { PROFILE_TABS, paths } from '@/config/paths';
import { DEFAULT_PROFILE, renameRefusal } from './profileModel';
import { useProfileDialogs } from './useProfileDialogs';
import { useProfileRoute } from './useProfileRoute';

/** Header, actions and tabs of one profile; the tab's content comes from the nested route. */
export function ProfileDetailPage() {
  const { project, name } = useProfileRoute();
  const client = useLxdClient();
  const navigate = useNavigate();
  const detail = useQuery(profileQueries.detail(client, project, name));
  const list = useQuery(profileQueries.list(client, project));
  const taken = useMemo(() => (list.data ?? []).map((profile) => profile.name), [list.data]);
  const dialogs = useProfileDialogs(project, {
    taken,
    onRenamed: (_from, to) => void navigate(paths.profile(project, to), { replace: true }),
    onDeleted: () => void navigate(paths.profiles(project)),
  });

  return (
    <QueryState
      query={detail}
      what={`profile ${name}`}
      notFound={{
        title: `Profile “${name}” not found`,
        message: `There is no profile of that name in project ${project}.`,
        back: { label: 'Back to profiles', to: paths.profiles(project) },
      }}
    >
      {({ data: profile }) => (
        <DetailLayout
          title={profile.name}
          titleContext={['Profiles']}
          breadcrumbs={[{ label: 'Profiles', to: paths.profiles(project) }]}
          subtitle={`project ${project}`}
          tabsLabel="Profile sections"
          tabs={[
            { label: 'Overview', to: paths.profile(project, name) },
            ...PROFILE_TABS.map((tab) => ({ label: tab.label, to: paths.profile(project, name, tab.id) })),
          ]}
          pageProps={{ 'data-profile': profile.name }}
          actions={
            <>
              <ActionButton write type="button" className="button" aria-haspopup="dialog" onClick={() => dialogs.open('instances', profile)}>
                Instances using it…
              </ActionButton>
              <ActionButton write aria-haspopup="dialog" reason={renameRefusal(profile.name)} onClick={() => dialogs.open('rename', profile)}>
                Rename…
              </ActionButton>
              <ActionButton write
                className="button button-danger"
                aria-haspopup="dialog"
                reason={profile.name === DEFAULT_PROFILE ? 'The default profile cannot be deleted.' : undefined}
                onClick={() => dialogs.open('delete', profile)}
              >
                Delete…
              </ActionButton>
              {dialogs.dialog}
            </>
          }
        />
      )}
    </QueryState>
  );
}
