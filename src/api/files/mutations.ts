import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fileWriteHeaders, filesPath, joinPath, uploadFile, type LxdFileStat, type UploadProgress } from '@/lxd/files';
import { useLxdClient } from '../client-context';
import { fileKeys } from './keys';
import { fileDownloadUrl } from './queries';

export interface UploadInput {
  directory: string;
  file: File;
  onProgress: (progress: UploadProgress) => void;
  /** Aborting it stops the request; the call then rejects with an LxdError of kind 'aborted'. */
  signal?: AbortSignal;
}

/** One file per call; the panel shows progress and failures itself, so no toasts. */
export function useUploadFile(project: string, instance: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ directory, file, onProgress, signal }: UploadInput) =>
      uploadFile({
        url: fileDownloadUrl(client, project, instance, joinPath(directory, file.name)),
        body: file,
        // New files get LXD's defaults (0644, root); an existing file keeps its own mode and owner.
        headers: fileWriteHeaders({ type: 'file', write: 'overwrite' }),
        onProgress,
        signal,
      }),
    // Also after a failure or a cancel: LXD writes as it receives, so part of the file may be there.
    onSettled: (_data, _error, { directory }) =>
      queryClient.invalidateQueries({ queryKey: fileKeys.directory(client.id, project, instance, directory) }),
  });
}

/** The form shows LXD's refusal next to the name, so no error toast. */
export function useCreateFolder(project: string, instance: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ directory, name }: { directory: string; name: string }) =>
      client.requestRaw('POST', filesPath(instance), {
        project,
        query: { path: joinPath(directory, name) },
        headers: fileWriteHeaders({ type: 'directory', mode: '0755' }),
      }),
    onSuccess: (_data, { directory }) =>
      queryClient.invalidateQueries({ queryKey: fileKeys.directory(client.id, project, instance, directory) }),
    meta: { successMessage: 'Folder created' },
  });
}

export function useDeleteFile(project: string, instance: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ directory, name }: { directory: string; name: string }) =>
      client.run('DELETE', filesPath(instance), { project, query: { path: joinPath(directory, name) } }),
    onSuccess: (_data, { directory, name }) => {
      const path = joinPath(directory, name);
      queryClient.removeQueries({ queryKey: fileKeys.directory(client.id, project, instance, path) });
      queryClient.removeQueries({ queryKey: fileKeys.content(client.id, project, instance, path) });
      return queryClient.invalidateQueries({ queryKey: fileKeys.directory(client.id, project, instance, directory) });
    },
    // The dialog shows a refusal next to the path, so no error toast.
    meta: { successMessage: 'Deleted' },
  });
}

export interface SaveFileInput {
  directory: string;
  name: string;
  text: string;
  /** The file as read: its owner and mode are sent along (LXD keeps an existing file's own). */
  stat: LxdFileStat;
}

/** The editor shows a failure next to the text, which stays as typed. */
export function useSaveFile(project: string, instance: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ directory, name, text, stat }: SaveFileInput) =>
      client.requestRaw('POST', filesPath(instance), {
        project,
        query: { path: joinPath(directory, name) },
        headers: fileWriteHeaders({ type: 'file', write: 'overwrite', uid: stat.uid, gid: stat.gid, mode: stat.mode }),
        body: new TextEncoder().encode(text),
      }),
    onSuccess: (_data, { directory, name }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: fileKeys.stat(client.id, project, instance, directory, name) }),
        queryClient.invalidateQueries({ queryKey: fileKeys.content(client.id, project, instance, joinPath(directory, name)) }),
      ]),
    meta: { successMessage: 'Saved' },
  });
}
