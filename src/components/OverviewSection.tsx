import type { ReactNode } from 'react';
import { compareText } from '@/lib/format';
import { FactsTable } from './FactsTable';

/** One titled section of an overview tab; the heading names the section for screen readers. */
export function OverviewSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** An object's `config` keys, sorted, as a Key / Value table. */
export function ConfigKeysTable({ config, className }: { config: Record<string, string> | null | undefined; className?: string }) {
  const rows = Object.entries(config ?? {}).sort(([a], [b]) => compareText(a, b));
  return (
    <FactsTable
      label="Configuration keys"
      className={className}
      columns={[
        { label: 'Key', className: 'cell-mono' },
        { label: 'Value', className: 'cell-mono' },
      ]}
      rows={rows.map(([key, value]) => ({ key, cells: [key, value] }))}
      empty={<p className="muted">No configuration keys.</p>}
    />
  );
}
