import { PlannedTab } from '@/components/PlannedTab';

export function ServerSettingsTab() {
  return <PlannedTab label="Settings" />;
}
