import { PlannedTab } from '../detail/PlannedTab';

export function SnapshotsTab() {
  return <PlannedTab />;
}
