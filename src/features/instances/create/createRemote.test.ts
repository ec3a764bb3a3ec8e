import { describe, expect, it } from 'vitest';
import { buildCreateRequest, emptyFormValues, hasInput, prefillFromSearch, validateCreateForm } from './createForm';

const context = { profiles: [], images: [], userDataKey: 'cloud-init.user-data' };

describe('the create form from an image server', () => {
  it('takes the source from the URL: a local image, or an alias on a simplestreams server', () => {
    expect(prefillFromSearch(new URLSearchParams('image=abc123'))).toEqual({ image: 'abc123', remote: undefined });
    expect(prefillFromSearch(new URLSearchParams('server=https://images.example&alias=debian/12&protocol=simplestreams&type=virtual-machine'))).toEqual({
      image: '',
      remote: { server: 'https://images.example', alias: 'debian/12', protocol: 'simplestreams', type: 'virtual-machine' },
    });
    // Malformed parameters leave the form as without them.
    expect(prefillFromSearch(new URLSearchParams('server=http://images.example&alias=x'))).toEqual({ image: '', remote: undefined });
    expect(prefillFromSearch(new URLSearchParams('server=https://images.example&alias=x&protocol=lxd'))).toEqual({ image: '', remote: undefined });
    expect(prefillFromSearch(new URLSearchParams('image=<b>'))).toEqual({ image: '', remote: undefined });
  });

  it('sends source image / pull / server / protocol / alias, with the type asked for', () => {
    const remote = { server: 'https://images.example', alias: 'busybox/tiny', protocol: 'simplestreams' as const, type: 'container' as const };
    const values = { ...emptyFormValues(), name: 'c1', remote };
    expect(validateCreateForm(values, { profiles: [] })).toEqual({});
    const body = buildCreateRequest(values, context);
    expect(body.source).toEqual({ type: 'image', mode: 'pull', server: 'https://images.example', protocol: 'simplestreams', alias: 'busybox/tiny' });
    expect(body.type).toBe('container');
    expect(buildCreateRequest({ ...values, remote: { ...remote, type: 'virtual-machine' } }, context).type).toBe('virtual-machine');
  });

  it('does not count what the URL filled in as input to lose', () => {
    const initial = { ...emptyFormValues(), ...prefillFromSearch(new URLSearchParams('image=abc')) };
    expect(hasInput(initial, initial)).toBe(false);
    expect(hasInput({ ...initial, name: 'x' }, initial)).toBe(true);
    expect(validateCreateForm({ ...emptyFormValues() }, { profiles: [] }).image).toBe('Choose an image');
  });
});
