import { describe, expect, it } from 'vitest';
import { defaultPutBody } from './resource';

describe('defaultPutBody', () => {
  it('puts the hidden config keys of the base version back', () => {
    const schema = { fields: ['config'] as const, isHiddenConfigKey: (key: string) => key.startsWith('volatile.') };
    expect(defaultPutBody({ config: { 'core.https_address': ':8443' } }, { config: { 'volatile.uuid': 'x', 'core.https_address': ':1' } }, schema)).toEqual({
      config: { 'volatile.uuid': 'x', 'core.https_address': ':8443' },
    });
  });

  it('sends exactly the edited fields when nothing is hidden (a profile)', () => {
    const edited = { description: 'd', config: { 'limits.cpu': '2' }, devices: {} };
    expect(defaultPutBody(edited, { config: { 'limits.cpu': '1' } }, { fields: ['description', 'config', 'devices'] })).toEqual(edited);
  });
});
