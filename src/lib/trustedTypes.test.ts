import { describe, expect, it } from 'vitest';
import { allowOwnWorkerScripts, isOwnScriptUrl } from './trustedTypes';

const page = 'https://lxd.example.net:8443/ui/#/server/onboarding';

describe('isOwnScriptUrl', () => {
  it('accepts scripts of the build, same origin under /ui/assets/', () => {
    expect(isOwnScriptUrl('https://lxd.example.net:8443/ui/assets/certificate.worker-Ab12.js', page)).toBe(true);
    expect(isOwnScriptUrl('/ui/assets/certificate.worker-Ab12.js', page)).toBe(true);
  });

  it('refuses other origins, other folders, queries and data or blob URLs', () => {
    expect(isOwnScriptUrl('https://other.example.net/ui/assets/x.js', page)).toBe(false);
    expect(isOwnScriptUrl('https://lxd.example.net:8443/1.0/instances', page)).toBe(false);
    expect(isOwnScriptUrl('/ui/index.html', page)).toBe(false);
    expect(isOwnScriptUrl('/ui/assets/x.js?callback=y', page)).toBe(false);
    expect(isOwnScriptUrl('data:text/javascript,alert(1)', page)).toBe(false);
    expect(isOwnScriptUrl('blob:https://lxd.example.net:8443/0f0e', page)).toBe(false);
  });
});

describe('allowOwnWorkerScripts', () => {
  it('creates one default policy that lets only own scripts through', () => {
    const created: { name: string; createScriptURL?: (input: string) => string }[] = [];
    const target = {
      location: { href: page } as Location,
      trustedTypes: {
        defaultPolicy: undefined as unknown,
        createPolicy(name: string, rules: { createScriptURL?: (input: string) => string }) {
          created.push({ name, ...rules });
          this.defaultPolicy = rules;
          return rules;
        },
      },
    };
    allowOwnWorkerScripts(target);
    allowOwnWorkerScripts(target);
    expect(created.map((p) => p.name)).toEqual(['default']);
    expect(created[0]?.createScriptURL?.('/ui/assets/w.js')).toBe('/ui/assets/w.js');
    expect(() => created[0]?.createScriptURL?.('https://evil.example/w.js')).toThrow(TypeError);
  });

  it('does nothing in a browser without Trusted Types', () => {
    expect(() => allowOwnWorkerScripts({ location: { href: page } as Location })).not.toThrow();
  });
});
