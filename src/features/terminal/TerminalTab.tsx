import { PlannedTab } from '@/components/PlannedTab';

export function TerminalTab() {
  return <PlannedTab />;
}
