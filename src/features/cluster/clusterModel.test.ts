import { describe, expect, it } from 'vitest';
import { evacuationModes, instancesPerMember, memberActionRefusal, memberRoles, memoryText } from './clusterModel';

describe('memberRoles', () => {
  it('reads LXD 5.0 `database` and newer `database-voter` alike', () => {
    expect(memberRoles({ roles: ['database-leader', 'database'], database: true })).toEqual(['database-leader', 'database (voter)']);
    expect(memberRoles({ roles: ['database-voter', 'event-hub'] })).toEqual(['database (voter)', 'event-hub']);
  });
  it('keeps a stand-by a stand-by, and takes the old flag when roles leave it out', () => {
    expect(memberRoles({ roles: ['database-standby'], database: true })).toEqual(['database-standby']);
    expect(memberRoles({ roles: null, database: true })).toEqual(['database (voter)']);
    expect(memberRoles({ roles: null })).toEqual([]);
  });
});

describe('instancesPerMember', () => {
  it('counts by location and skips instances without one', () => {
    const counts = instancesPerMember([{ location: 'm1' }, { location: 'm2' }, { location: 'm1' }, { location: '' }]);
    expect([...counts]).toEqual([
      ['m1', 2],
      ['m2', 1],
    ]);
  });
});

describe('memberActionRefusal', () => {
  it('evacuates only an online member and restores only an evacuated one', () => {
    expect(memberActionRefusal({ server_name: 'm2', status: 'Online' }, 'evacuate')).toBeUndefined();
    expect(memberActionRefusal({ server_name: 'm2', status: 'Evacuated' }, 'evacuate')).toBe('m2 is already evacuated.');
    expect(memberActionRefusal({ server_name: 'm2', status: 'Offline' }, 'evacuate')).toMatch(/offline/);
    expect(memberActionRefusal({ server_name: 'm2', status: 'Evacuated' }, 'restore')).toBeUndefined();
    expect(memberActionRefusal({ server_name: 'm2', status: 'Online' }, 'restore')).toBe('m2 is not evacuated.');
  });
});

describe('evacuationModes', () => {
  it('offers no choice on LXD 5.0 and the server’s modes where it has them', () => {
    expect(evacuationModes((extension) => extension === 'clustering_evacuation_live')).toEqual([]);
    const modes = evacuationModes(() => true).map((mode) => mode.value);
    expect(modes).toEqual(['auto', 'migrate', 'live-migrate', 'stop']);
    expect(evacuationModes((extension) => extension === 'clustering_evacuation_mode').map((mode) => mode.value)).not.toContain('live-migrate');
  });
});

describe('memoryText', () => {
  it('says used of total, or a dash when unknown', () => {
    expect(memoryText(1, 2, (bytes) => `${bytes} B`)).toBe('1 B of 2 B');
    expect(memoryText(null, 2, String)).toBe('—');
  });
});
