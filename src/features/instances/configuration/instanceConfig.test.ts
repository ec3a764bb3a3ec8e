import { describe, expect, it } from 'vitest';
import { toEditable } from '@/lib/config/editable';
import { instanceConfigResource, toPutBody, type EditableInstance } from './instanceConfig';

const instance = {
  description: 'web server',
  architecture: 'x86_64',
  stateful: false,
  config: {
    'limits.cpu': '2',
    'cloud-init.user-data': '#cloud-config\npackages: [nginx]\n',
    'volatile.idmap.base': '0',
    'volatile.last_state.power': 'RUNNING',
  },
  devices: { root: { type: 'disk', path: '/', pool: 'default', size: '1GiB' } },
  profiles: ['default', 'small'],
  ephemeral: false,
};

describe('toPutBody', () => {
  it('sends the volatile keys, architecture and stateful of the base version back unchanged', () => {
    const edited: EditableInstance = { ...(toEditable(instance, instanceConfigResource) as EditableInstance), config: { 'limits.cpu': '4' } };
    expect(toPutBody(edited, instance)).toEqual({
      architecture: 'x86_64',
      stateful: false,
      description: 'web server',
      config: { 'volatile.idmap.base': '0', 'volatile.last_state.power': 'RUNNING', 'limits.cpu': '4' },
      devices: instance.devices,
      profiles: ['default', 'small'],
      ephemeral: false,
    });
  });
});
