import { PlannedTab } from '@/components/PlannedTab';

export function FilesTab() {
  return <PlannedTab />;
}
