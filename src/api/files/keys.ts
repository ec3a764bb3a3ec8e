import { instanceKeys } from '../instances/keys';

// Deliberately NOT under instanceKeys.detail: LXD 5.0.2 announces every GET of a file with an
// `instance-file-retrieved` lifecycle event about the instance, and the events bridge invalidates
// the instance's detail key for it; a listing under that key would re-read itself forever.
export const fileKeys = {
  instance: (server: string, project: string, instance: string) =>
    [...instanceKeys.all(server, project), 'files', instance] as const,
  /**
   * Every directory view of the instance: what file events refresh. The content of a file open in
   * the editor is keyed apart, so an event never replaces what the user is editing.
   */
  directories: (server: string, project: string, instance: string) =>
    [...fileKeys.instance(server, project, instance), 'dir'] as const,
  /** A directory: its listing and the stats of its entries, so one prefix refreshes the view. */
  directory: (server: string, project: string, instance: string, path: string) =>
    [...fileKeys.directories(server, project, instance), path] as const,
  list: (server: string, project: string, instance: string, path: string) =>
    [...fileKeys.directory(server, project, instance, path), 'list'] as const,
  stat: (server: string, project: string, instance: string, directory: string, name: string) =>
    [...fileKeys.directory(server, project, instance, directory), 'stat', name] as const,
  content: (server: string, project: string, instance: string, path: string) =>
    [...fileKeys.instance(server, project, instance), 'content', path] as const,
};
