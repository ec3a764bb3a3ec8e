import { describe, expect, it } from 'vitest';
import { countNewWarnings, type LxdWarning } from '@/api/warnings/types';
import { acknowledgeRefusal, severityRank, warningEntity, warningLabel } from './warningModel';

const warning = (over: Partial<LxdWarning>): LxdWarning => ({
  uuid: 'u1',
  location: '',
  project: '',
  type: 'AppArmor support has been disabled',
  count: 1,
  first_seen_at: '2026-12-03T04:43:00Z',
  last_seen_at: '2026-12-03T04:43:00Z',
  last_message: 'Disabled',
  severity: 'low',
  status: 'new',
  entity_url: '',
  ...over,
});

describe('warnings', () => {
  it('links the entity to the page the app has for it', () => {
    expect(warningEntity(warning({ entity_url: '/1.0/instances/c1?project=web' }))).toEqual({ text: 'instance c1', to: '/project/web/instance/c1' });
    expect(warningEntity(warning({ entity_url: '/1.0/networks/br0' }))).toEqual({ text: 'network br0', to: '/project/default/network/br0' });
    expect(warningEntity(warning({ entity_url: '/1.0/storage-pools/default' }))?.to).toBe('/project/default/storage/pool/default');
    expect(warningEntity(warning({ entity_url: '/1.0/cluster/members/m1' }))).toEqual({ text: 'cluster members/m1', to: undefined });
    expect(warningEntity(warning({}))).toBeUndefined();
  });

  it('counts only new warnings', () => {
    expect(countNewWarnings([warning({}), warning({ uuid: 'u2', status: 'acknowledged' }), warning({ uuid: 'u3', status: 'resolved' })])).toBe(1);
    expect(countNewWarnings(undefined)).toBe(0);
  });

  it('says why a warning cannot be acknowledged', () => {
    expect(acknowledgeRefusal({ status: 'new' })).toBeUndefined();
    expect(acknowledgeRefusal({ status: 'acknowledged' })).toMatch(/Already/);
    expect(acknowledgeRefusal({ status: 'resolved' })).toMatch(/Resolved/);
  });

  it('names a warning by its type and what it concerns', () => {
    expect(warningLabel(warning({}))).toBe('AppArmor support has been disabled');
    expect(warningLabel(warning({ project: 'p1' }))).toBe('AppArmor support has been disabled (project p1)');
    expect(warningLabel(warning({ entity_url: '/1.0/instances/c1' }))).toBe('AppArmor support has been disabled (instance c1)');
  });

  it('sorts severities by weight', () => {
    expect(['high', 'low', 'moderate'].sort((a, b) => severityRank(a) - severityRank(b))).toEqual(['low', 'moderate', 'high']);
  });
});
