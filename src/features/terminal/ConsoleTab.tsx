import { PlannedTab } from '@/components/PlannedTab';

export function ConsoleTab() {
  return <PlannedTab />;
}
