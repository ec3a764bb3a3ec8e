import { PlannedTab } from '@/components/PlannedTab';

export function CertificatesTab() {
  return <PlannedTab label="Trust" />;
}
