import { describe, expect, it } from 'vitest';
import serverTrusted from '@/lxd/__fixtures__/server-trusted.json';
import type { LxdProject, LxdServer } from '@/lxd';
import certificateRestricted from './__fixtures__/certificate-restricted.json';
import projectsRestricted from './__fixtures__/projects-restricted.json';
import serverRestricted from './__fixtures__/server-restricted.json';
import { callerFingerprint, describeAccess, isLimitedClient } from './access';
import type { LxdCertificate } from './types';

// Recorded from LXD 5.0.2: an admin certificate, and one restricted to the project p1.
const admin = serverTrusted.body.metadata as unknown as LxdServer;
const restricted = serverRestricted.body.metadata as unknown as LxdServer;
const restrictedProjects = projectsRestricted.body.metadata as LxdProject[];
const ownCertificate = certificateRestricted.body.metadata as LxdCertificate;

describe('client access', () => {
  it('an admin (server config visible) is not restricted', () => {
    expect(admin.config).toBeTruthy();
    expect(isLimitedClient(admin)).toBe(false);
    expect(describeAccess(admin, { projects: restrictedProjects })).toEqual({ restricted: false });
  });

  it('LXD 5.0 gives a restricted certificate `config: null` and only its projects', () => {
    expect(restricted.auth).toBe('trusted');
    expect(restricted.config).toBeNull();
    expect(restricted).not.toHaveProperty('auth_user_name');
    expect(isLimitedClient(restricted)).toBe(true);
    expect(callerFingerprint(restricted)).toBeUndefined();
    expect(describeAccess(restricted, {})).toEqual({ restricted: true, projects: undefined });
    expect(describeAccess(restricted, { projects: restrictedProjects })).toEqual({ restricted: true, projects: ['p1'] });
  });

  it('where LXD names the caller, its own certificate record decides', () => {
    const named = { ...restricted, auth_user_method: 'tls', auth_user_name: ownCertificate.fingerprint };
    expect(callerFingerprint(named)).toBe(ownCertificate.fingerprint);
    expect(describeAccess(named, { certificate: ownCertificate })).toEqual({ restricted: true, projects: ['p1'] });
    expect(describeAccess(named, { certificate: { ...ownCertificate, restricted: false } })).toEqual({ restricted: false });
  });

  it('an untrusted browser is not described as restricted', () => {
    expect(isLimitedClient({ ...restricted, auth: 'untrusted' })).toBe(false);
  });
});
