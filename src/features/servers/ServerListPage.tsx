import { PageHeader } from '@/components/PageHeader';
import { PlannedTab } from '@/components/PlannedTab';

export function ServerListPage() {
  return (
    <section className="page" aria-labelledby="servers-title">
      <PageHeader id="servers-title" title="Servers" />
      <PlannedTab label="The list of servers" />
    </section>
  );
}
