import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLxdClient } from '@/api/client-context';
import { serverQueries } from '@/api/server/queries';
import type { LxdResources } from '@/api/server/types';
import { Fact, FactsTable } from '@/components/FactsTable';
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

function DisksSection({ resources }: { resources: LxdResources }) {
  const disks = resources.storage?.disks;
  return (
    <OverviewSection title="Disks">
      {disks ? (
        <FactsTable
          label="Disks"
          columns={[{ label: 'Device', className: 'cell-mono' }, { label: 'Model' }, { label: 'Type' }, { label: 'Size' }, { label: 'Notes' }]}
          rows={disks.map((disk, index) => ({
            key: disk.id ?? String(index),
            cells: [
              text(disk.id),
              text(disk.model),
              text(disk.type),
              disk.size === undefined ? text(undefined) : formatBytes(disk.size),
              [disk.read_only ? 'read-only' : '', disk.removable ? 'removable' : '', disk.rpm && disk.rpm > 1 ? `${disk.rpm} rpm` : '']
                .filter(Boolean)
                .join(', ') || '—',
            ],
          }))}
          empty={<p className="muted">No disks.</p>}
        />
      ) : (
        missing('Disks are')
      )}
    </OverviewSection>
  );
}

function GpusSection({ resources }: { resources: LxdResources }) {
  const cards = resources.gpu?.cards;
  return (
    <OverviewSection title="GPUs">
      {cards ? (
        <FactsTable
          label="GPUs"
          columns={[{ label: 'GPU' }, { label: 'Driver' }, { label: 'PCI address', className: 'cell-mono' }]}
          rows={cards.map((card, index) => ({
            key: card.pci_address ?? String(index),
            cells: [text(cardName(card)), text([card.driver, card.driver_version].filter(Boolean).join(' ')), text(card.pci_address)],
          }))}
          empty={<p className="muted">No GPUs.</p>}
        />
      ) : (
        missing('GPUs are')
      )}
    </OverviewSection>
  );
}

function NicsSection({ resources }: { resources: LxdResources }) {
  const cards = resources.network?.cards;
  return (
    <OverviewSection title="Network cards">
      {cards ? (
        <FactsTable
          label="Network cards"
          columns={[{ label: 'Card' }, { label: 'Driver' }, { label: 'Ports', className: 'cell-mono' }, { label: 'PCI address', className: 'cell-mono' }]}
          rows={cards.map((card, index) => ({
            key: card.pci_address ?? String(index),
            cells: [
              text(cardName(card)),
              text(card.driver),
              (card.ports ?? [])
                .map((port) =>
                  [port.id, port.address, port.link_detected === undefined ? '' : port.link_detected ? 'link up' : 'no link', port.link_speed ? `${port.link_speed} Mbit/s` : '']
                    .filter(Boolean)
                    .join(' '),
                )
                .join('; ') || '—',
              text(card.pci_address),
            ],
          }))}
          empty={<p className="muted">No network cards.</p>}
        />
      ) : (
        missing('Network cards are')
      )}
    </OverviewSection>
  );
}
