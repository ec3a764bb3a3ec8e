import { Suspense, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { lazyPage, pageLoader } from './lazyPage';

function VolumesTab() {
  return <p>volumes tab</p>;
}

const markup = (Page: ComponentType) =>
  renderToString(
    <Suspense fallback={<p>Loading…</p>}>
      <Page />
    </Suspense>,
  );

describe('lazyPage', () => {
  it('draws the page in the first render once its code is in, without "Loading…"', async () => {
    const Page = lazyPage(async () => VolumesTab);
    await pageLoader(Page)?.();
    expect(markup(Page)).toContain('volumes tab');
    expect(markup(Page)).not.toContain('Loading…');
  });

  it('shows "Loading…" while its code is on the way, and fetches it once', async () => {
    let calls = 0;
    let arrive: (page: ComponentType) => void = () => {};
    const Page = lazyPage(() => {
      calls += 1;
      return new Promise<ComponentType>((resolve) => (arrive = resolve));
    });
    expect(markup(Page)).toContain('Loading…');
    const preload = pageLoader(Page)?.();
    arrive(VolumesTab);
    await preload;
    // React takes the code from its own callbacks on the pending load, which run after it.
    await vi.waitFor(() => expect(markup(Page)).toContain('volumes tab'));
    expect(calls).toBe(1);
  });

  it('asks for the code again after a failed attempt', async () => {
    let calls = 0;
    const Page = lazyPage(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(VolumesTab)));
    await expect(pageLoader(Page)?.()).rejects.toThrow('offline');
    await pageLoader(Page)?.();
    expect(calls).toBe(2);
    expect(markup(Page)).toContain('volumes tab');
  });

  it('has no loader for a component it did not make', () => {
    expect(pageLoader(VolumesTab)).toBeUndefined();
  });
});
