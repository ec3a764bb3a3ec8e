import { describe, expect, it } from 'vitest';
import { currentReadOnlyMode, forceReadOnlyMode, moveReadOnlyParam, queryAsksReadOnly, readOnlyMode } from './readOnly';

describe('read-only mode', () => {
  it('is asked for by ?readonly=1 and its spellings, not by 0', () => {
    expect(queryAsksReadOnly('?readonly=1')).toBe(true);
    expect(queryAsksReadOnly('readonly=true&x=1')).toBe(true);
    expect(queryAsksReadOnly('?readonly')).toBe(true);
    expect(queryAsksReadOnly('?readonly=0')).toBe(false);
    expect(queryAsksReadOnly('?other=1')).toBe(false);
  });

  it('comes from the address first, then the setting', () => {
    expect(readOnlyMode('?readonly=1', null)).toBe('address');
    expect(readOnlyMode('?readonly=1', '1')).toBe('address');
    expect(readOnlyMode('', '1')).toBe('setting');
    expect(readOnlyMode('', null)).toBe('off');
  });

  it('moves the parameter from the hash to before it, keeping the hash query', () => {
    expect(moveReadOnlyParam('https://h:8443/ui/#/project/p/images?sort=name&readonly=1')).toBe(
      'https://h:8443/ui/?readonly=1#/project/p/images?sort=name',
    );
    expect(moveReadOnlyParam('https://h:8443/ui/#/servers?readonly=1')).toBe('https://h:8443/ui/?readonly=1#/servers');
    expect(moveReadOnlyParam('https://h:8443/ui/#/servers?sort=name')).toBeUndefined();
    expect(moveReadOnlyParam('https://h:8443/ui/?readonly=1#/servers')).toBeUndefined();
  });
});

describe('forced read-only mode', () => {
  it('stays on whatever the address and the setting say', () => {
    expect(currentReadOnlyMode()).toBe('off');
    forceReadOnlyMode();
    expect(currentReadOnlyMode()).toBe('address');
  });
});
