import { PlannedTab } from '../detail/PlannedTab';

export function LogsTab() {
  return <PlannedTab />;
}
