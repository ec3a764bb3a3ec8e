import { normalizePath } from '@/lxd/files';

/** The folder (`?path=`) and the file open in the editor (`&edit=`) live in the URL, so reloads keep them. */
export interface FilesLocation {
  path: string;
  edit: string | null;
}

export function readFilesLocation(params: URLSearchParams): FilesLocation {
  const edit = params.get('edit');
  return { path: normalizePath(params.get('path') ?? '/'), edit: edit && !edit.includes('/') ? edit : null };
}

export function pathSearch(path: string, edit?: string): string {
  const params = new URLSearchParams({ path: normalizePath(path) });
  if (edit) params.set('edit', edit);
  return `?${params.toString()}`;
}
