import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLxdClient } from '@/api/client-context';
import { serverQueries } from '@/api/server/queries';
import type { LxdResources } from '@/api/server/types';
import { Fact, FactsTable, type FactsColumn } from '@/components/FactsTable';
import { OverviewSection } from '@/components/OverviewSection';
import { QueryState } from '@/components/QueryState';
import { formatBytes } from '@/lib/format';
import { cardName, cpuSummary, memoryPercent } from './serverResources';
import '../server.css';

const missing = (what: string) => <span className="muted">{what} not reported by LXD</span>;
const count = (value: number | undefined, what: string): ReactNode => (value === undefined ? missing(what) : value);
const text = (value: string | undefined): ReactNode => value || <span className="muted">not reported</span>;

/** The host's hardware as `GET /1.0/resources` describes it. Parts LXD leaves out say so. */
export function ServerResourcesTab() {
  const client = useLxdClient();
  const resources = useQuery(serverQueries.resources(client));
  return (
    <QueryState query={resources} what="the server’s resources">
      {(data) => (
        <div className="overview">
          <CpuSection resources={data} />
          <MemorySection resources={data} />
          <DisksSection resources={data} />
          <GpusSection resources={data} />
          <NicsSection resources={data} />
        </div>
      )}
    </QueryState>
  );
}

function CpuSection({ resources }: { resources: LxdResources }) {
  if (!resources.cpu) return <OverviewSection title="CPU">{missing('The CPU is')}</OverviewSection>;
  const cpu = cpuSummary(resources);
  return (
    <OverviewSection title="CPU">
      <dl className="facts" aria-label="CPU">
        <Fact label="Sockets">{count(cpu.sockets, 'Sockets')}</Fact>
        <Fact label="Cores">{count(cpu.cores, 'Cores')}</Fact>
        <Fact label="Threads">{count(cpu.threads, 'Threads')}</Fact>
        <Fact label="Model">{cpu.models.length ? cpu.models.join(', ') : missing('The model is')}</Fact>
        <Fact label="Architecture">{text(cpu.architecture)}</Fact>
      </dl>
    </OverviewSection>
  );
}

function MemorySection({ resources }: { resources: LxdResources }) {
  const memory = resources.memory;
  const percent = memoryPercent(resources);
  return (
    <OverviewSection title="Memory">
      {memory ? (
        <dl className="facts" aria-label="Memory">
          <Fact label="Total">{memory.total === undefined ? missing('The total is') : formatBytes(memory.total)}</Fact>
          <Fact label="Used">
            {memory.used === undefined ? missing('Use is') : `${formatBytes(memory.used)}${percent === undefined ? '' : ` (${percent}%)`}`}
          </Fact>
        </dl>
      ) : (
        missing('Memory is')
      )}
    </OverviewSection>
  );
}

interface PartsSectionProps<T> {
  title: string;
  /** Undefined when LXD's answer has no such part. */
  parts: readonly T[] | undefined;
  columns: readonly FactsColumn[];
  cells: (part: T) => readonly ReactNode[];
  keyOf: (part: T) => string | undefined;
  /** The sentence for an empty list: "No GPUs." */
  none: string;
}

/** A kind of device (disks, GPUs, network cards) as a table; a list LXD left out says so. */
function PartsSection<T>({ title, parts, columns, cells, keyOf, none }: PartsSectionProps<T>) {
  return (
    <OverviewSection title={title}>
      {parts ? (
        <FactsTable
          label={title}
          columns={columns}
          rows={parts.map((part, index) => ({ key: keyOf(part) ?? String(index), cells: cells(part) }))}
          empty={<p className="muted">{none}</p>}
        />
      ) : (
        missing(`${title} are`)
      )}
    </OverviewSection>
  );
}

const diskNotes = (disk: NonNullable<NonNullable<LxdResources['storage']>['disks']>[number]) =>
  [disk.read_only ? 'read-only' : '', disk.removable ? 'removable' : '', disk.rpm && disk.rpm > 1 ? `${disk.rpm} rpm` : ''].filter(Boolean).join(', ') || '—';

type NetworkCard = NonNullable<NonNullable<LxdResources['network']>['cards']>[number];
const portsText = (card: NetworkCard) =>
  (card.ports ?? [])
    .map((port) =>
      [port.id, port.address, port.link_detected === undefined ? '' : port.link_detected ? 'link up' : 'no link', port.link_speed ? `${port.link_speed} Mbit/s` : '']
        .filter(Boolean)
        .join(' '),
    )
    .join('; ') || '—';

function DisksSection({ resources }: { resources: LxdResources }) {
  return (
    <PartsSection
      title="Disks"
      none="No disks."
      parts={resources.storage?.disks}
      columns={[{ label: 'Device', className: 'cell-mono' }, { label: 'Model' }, { label: 'Type' }, { label: 'Size' }, { label: 'Notes' }]}
      keyOf={(disk) => disk.id}
      cells={(disk) => [text(disk.id), text(disk.model), text(disk.type), disk.size === undefined ? text(undefined) : formatBytes(disk.size), diskNotes(disk)]}
    />
  );
}

function GpusSection({ resources }: { resources: LxdResources }) {
  return (
    <PartsSection
      title="GPUs"
      none="No GPUs."
      parts={resources.gpu?.cards}
      columns={[{ label: 'GPU' }, { label: 'Driver' }, { label: 'PCI address', className: 'cell-mono' }]}
      keyOf={(card) => card.pci_address}
      cells={(card) => [text(cardName(card)), text([card.driver, card.driver_version].filter(Boolean).join(' ')), text(card.pci_address)]}
    />
  );
}

function NicsSection({ resources }: { resources: LxdResources }) {
  return (
    <PartsSection
      title="Network cards"
      none="No network cards."
      parts={resources.network?.cards}
      columns={[{ label: 'Card' }, { label: 'Driver' }, { label: 'Ports', className: 'cell-mono' }, { label: 'PCI address', className: 'cell-mono' }]}
      keyOf={(card) => card.pci_address}
      cells={(card) => [text(cardName(card)), text(card.driver), portsText(card), text(card.pci_address)]}
    />
  );
}
