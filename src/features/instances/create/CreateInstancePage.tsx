import { PlannedTab } from '../detail/PlannedTab';

export function CreateInstancePage() {
  return <PlannedTab />;
}
