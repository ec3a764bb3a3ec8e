import { PlannedTab } from '../detail/PlannedTab';

export function BackupsTab() {
  return <PlannedTab />;
}
