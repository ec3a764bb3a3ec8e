import { PlannedTab } from '@/components/PlannedTab';

export function ServerOverviewTab() {
  return <PlannedTab label="Identity" />;
}
