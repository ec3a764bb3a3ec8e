import { useLocation } from 'react-router';
import { INSTANCE_TABS } from '@/config/paths';

/** Tabs whose content is not built yet say so plainly. */
export function PlannedTab() {
  const tab = useLocation().pathname.split('/').at(-1);
  const label = INSTANCE_TABS.find((candidate) => candidate.id === tab)?.label ?? 'This tab';
  return (
    <div className="state state-empty">
      <h2>{label} is not built yet</h2>
      <p>This part of the instance page is planned but not available in this version of lxdeck.</p>
    </div>
  );
}
