import { StatusBadge } from '@/components/StatusBadge';
import { MoreCount, Tile } from './Tile';
import type { ProjectInstances } from './useScopeInstances';
import { attentionItems, firstOf, listsRead } from './wallModel';

const MAX_ROWS = 5;

/** Instances in Error, or stopped though `boot.autostart` says they should run. */
export function AttentionTile({ lists, showProject }: { lists: readonly ProjectInstances[]; showProject: boolean }) {
  const items = attentionItems(lists.flatMap((list) => list.instances ?? []));
  const loading = !listsRead(lists);
  const { shown, more } = firstOf(items, MAX_ROWS);
  return (
    <Tile id="attention" title="Needs attention" detail={items.length > 0 ? String(items.length) : undefined} ready={!loading}>
      {items.length === 0 ? (
        <p className="wall-all-clear">{loading ? 'Loading…' : 'Nothing in error, nothing stopped that should run.'}</p>
      ) : (
        <ul className="wall-list wall-attention">
          {shown.map((item) => (
            <li key={`${item.project}/${item.name}`} data-instance={item.name}>
              <StatusBadge status={item.status} />
              <span className="wall-name">{showProject ? `${item.project} / ${item.name}` : item.name}</span>
              <span className="wall-muted wall-reason">{item.reason}</span>
            </li>
          ))}
        </ul>
      )}
      <MoreCount more={more} what="instances" />
    </Tile>
  );
}
