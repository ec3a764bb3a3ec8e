import { useId, type ReactNode } from 'react';
import { FactsTable } from './FactsTable';
import { compareText } from '@/lib/format';

/** A titled part of an overview tab: `<section>` named by its `<h2>`. */
export function OverviewSection({ id: givenId, title, children }: { id?: string; title: string; children: ReactNode }) {
  const ownId = useId();
  const id = givenId ?? ownId;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The object's description as text (React escapes it: never markup), or that it has none. */
export function DescriptionSection({ id, description }: { id?: string; description: string | undefined }) {
  return (
    <OverviewSection id={id} title="Description">
      {description ? <p className="object-description">{description}</p> : <p className="muted">No description.</p>}
    </OverviewSection>
  );
}

/** An object's `config` as a table of keys and values, sorted by key; values stay text. */
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
