import { PlannedTab } from '@/components/PlannedTab';

export function ServerResourcesTab() {
  return <PlannedTab label="Resources" />;
}
