import { PlannedTab } from '../detail/PlannedTab';

export function ConfigurationTab() {
  return <PlannedTab />;
}
