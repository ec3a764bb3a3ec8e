import { describe, expect, it } from 'vitest';
import { LxdClient } from '@/lxd';
import { PALETTE_SOURCES } from './sources';

const client = new LxdClient({ id: 'local', baseUrl: '' });
const pageTitles = (clustered: boolean) => {
  const pages = PALETTE_SOURCES.find((source) => source.label === 'pages');
  return (pages?.items(undefined, { client, project: 'p', clustered }) ?? []).map((item) => `${item.title} · ${item.detail ?? ''}`);
};

describe('the pages the palette offers', () => {
  it('lists Cluster only on a clustered server, and says which sections are server-wide', () => {
    expect(pageTitles(false)).not.toContainEqual(expect.stringMatching(/^Cluster /));
    expect(pageTitles(true)).toContain('Cluster · The whole server');
    expect(pageTitles(false)).toContain('Server · The whole server');
    expect(pageTitles(false)).toContain('Instances · In project p');
  });
});
