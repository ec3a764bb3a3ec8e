import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { listParamsToSearch, parseListParams, type InstanceListParams } from './instanceListModel';

export function useInstanceListParams(): [InstanceListParams, (change: Partial<InstanceListParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const params = parseListParams(search);
  const update = useCallback(
    (change: Partial<InstanceListParams>) =>
      // replace: typing a filter should not fill the back button with one entry per keystroke.
      setSearch((current) => listParamsToSearch({ ...parseListParams(current), ...change }), { replace: true }),
    [setSearch],
  );
  return [params, update];
}
