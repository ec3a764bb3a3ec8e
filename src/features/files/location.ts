import { normalizePath } from '@/lxd/files';

/**
 * The folder (`?path=`), the file open in the editor (`&edit=`) and the links followed to get
 * there (`&via=`, once per link, first clicked first) live in the URL, so reloads keep them.
 */
export interface FilesLocation {
  path: string;
  edit: string | null;
  via: string[];
}

export function readFilesLocation(params: URLSearchParams): FilesLocation {
  const edit = params.get('edit');
  return {
    path: normalizePath(params.get('path') ?? '/'),
    edit: edit && !edit.includes('/') ? edit : null,
    via: params.getAll('via').map(normalizePath),
  };
}

export function pathSearch(path: string, edit?: string | null, via: readonly string[] = []): string {
  const params = new URLSearchParams({ path: normalizePath(path) });
  for (const link of via) params.append('via', normalizePath(link));
  if (edit) params.set('edit', edit);
  return `?${params.toString()}`;
}
