/** Sections of the app; each lives under a project so the project switcher can keep the section. */
export const SECTIONS = [
  { id: 'instances', label: 'Instances' },
  { id: 'images', label: 'Images' },
  { id: 'networks', label: 'Networks' },
  { id: 'storage', label: 'Storage' },
  { id: 'profiles', label: 'Profiles' },
  { id: 'projects', label: 'Projects' },
  { id: 'operations', label: 'Operations' },
  { id: 'server', label: 'Server' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export const DEFAULT_PROJECT = 'default';

// Routes live in the URL hash (/ui/#/project/p/instances): LXD 5.0 answers 404 for any other path
// under /ui/, so only hash routes survive a reload or a bookmark on every LXD version.
export const paths = {
  section: (project: string, section: SectionId) => `/project/${encodeURIComponent(project)}/${section}`,
  instances: (project: string) => paths.section(project, 'instances'),
};
