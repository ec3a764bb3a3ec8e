import { describe, expect, it } from 'vitest';
import { cardName, cpuSummary, memoryPercent } from './serverResources';

describe('server resources', () => {
  it('counts sockets, cores and threads, and names the models once', () => {
    const summary = cpuSummary({
      cpu: {
        architecture: 'x86_64',
        total: 8,
        sockets: [
          { vendor: 'GenuineIntel', name: 'Xeon', cores: [{ threads: [{}, {}] }, { threads: [{}, {}] }] },
          { vendor: 'GenuineIntel', name: 'Xeon', cores: [{ threads: [{}, {}] }, { threads: [{}, {}] }] },
        ],
      },
    });
    expect(summary).toEqual({ sockets: 2, cores: 4, threads: 8, models: ['GenuineIntel Xeon'], architecture: 'x86_64' });
  });

  it('leaves what LXD did not report undefined', () => {
    expect(cpuSummary({})).toEqual({ sockets: undefined, cores: undefined, threads: undefined, models: [], architecture: undefined });
    expect(cpuSummary({ cpu: { sockets: [{ cores: [{ threads: [{}, {}, {}] }] }] } }).threads).toBe(3);
  });

  it('gives memory used as a percentage only with both numbers', () => {
    expect(memoryPercent({ memory: { used: 1, total: 4 } })).toBe(25);
    expect(memoryPercent({ memory: { total: 4 } })).toBeUndefined();
    expect(memoryPercent({ memory: { used: 1, total: 0 } })).toBeUndefined();
  });

  it('names a card by maker and product, else by its PCI ids', () => {
    expect(cardName({ vendor: 'Intel', product: 'I350' })).toBe('Intel I350');
    expect(cardName({ vendor_id: '1af4', product_id: '0001' })).toBe('PCI 1af4:0001');
    expect(cardName({})).toBeUndefined();
  });
});
