import { describe, expect, it } from 'vitest';
import { connectSrcAllows, originsOf } from './csp';

const SELF = 'https://127.0.0.1:18631/ui/';
const OURS = "default-src 'self'; img-src 'self' data:; connect-src 'self' https://images.lxd.canonical.com https://cloud-images.ubuntu.com https://127.0.0.1:19631; object-src 'none'";

describe('connectSrcAllows', () => {
  it('allows self and the listed origins, nothing else', () => {
    expect(connectSrcAllows(OURS, 'https://127.0.0.1:18631/1.0', SELF)).toBe(true);
    expect(connectSrcAllows(OURS, 'https://cloud-images.ubuntu.com/releases/streams/v1/index.json', SELF)).toBe(true);
    expect(connectSrcAllows(OURS, 'https://127.0.0.1:19631/streams/v1/index.json', SELF)).toBe(true);
    expect(connectSrcAllows(OURS, 'https://127.0.0.1:1/streams/v1/index.json', SELF)).toBe(false);
    expect(connectSrcAllows(OURS, 'https://images.linuxcontainers.org/streams/v1/index.json', SELF)).toBe(false);
  });

  it('falls back to default-src, and allows everything without either', () => {
    expect(connectSrcAllows("default-src 'self'", 'https://a.example/', SELF)).toBe(false);
    expect(connectSrcAllows("img-src 'self'", 'https://a.example/', SELF)).toBe(true);
    expect(connectSrcAllows("connect-src 'none'", SELF, SELF)).toBe(false);
  });

  it('knows schemes, wildcards, ports and paths', () => {
    expect(connectSrcAllows('connect-src https:', 'https://a.example/', SELF)).toBe(true);
    expect(connectSrcAllows('connect-src *.ubuntu.com', 'https://cloud-images.ubuntu.com/x', SELF)).toBe(true);
    expect(connectSrcAllows('connect-src *.ubuntu.com', 'https://ubuntu.com/x', SELF)).toBe(false);
    expect(connectSrcAllows('connect-src https://a.example:*', 'https://a.example:8443/x', SELF)).toBe(true);
    expect(connectSrcAllows('connect-src https://a.example', 'https://a.example:8443/x', SELF)).toBe(false);
    expect(connectSrcAllows('connect-src https://a.example/releases/', 'https://a.example/releases/streams/v1/index.json', SELF)).toBe(true);
    expect(connectSrcAllows('connect-src https://a.example/releases/', 'https://a.example/daily/streams/v1/index.json', SELF)).toBe(false);
  });
});

describe('originsOf', () => {
  it('keeps one origin per server', () => {
    expect(originsOf(['https://cloud-images.ubuntu.com/releases/', 'https://cloud-images.ubuntu.com/daily/', 'nonsense', 'https://127.0.0.1:19631/'])).toEqual([
      'https://cloud-images.ubuntu.com',
      'https://127.0.0.1:19631',
    ]);
  });
});
