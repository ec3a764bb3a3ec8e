import { PlannedTab } from '@/components/PlannedTab';

export function WarningsTab() {
  return <PlannedTab label="Warnings" />;
}
