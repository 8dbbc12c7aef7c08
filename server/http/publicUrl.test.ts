import { describe, expect, it } from 'vitest';
import { resolvePublicUrl } from './publicUrl';

const listening = (port: number) => ({ address: '127.0.0.1', family: 'IPv4', port });

describe('resolvePublicUrl', () => {
  it('uses the port the server listens on, not the one asked for (PORT=0)', () => {
    expect(
      resolvePublicUrl({
        configured: undefined,
        host: '127.0.0.1',
        port: 0,
        address: listening(41873),
      }),
    ).toBe('http://127.0.0.1:41873');
  });

  it('names this machine when listening on every interface, and brackets an IPv6 host', () => {
    const address = listening(3000);
    expect(resolvePublicUrl({ configured: undefined, host: '0.0.0.0', port: 0, address })).toBe(
      'http://localhost:3000',
    );
    expect(resolvePublicUrl({ configured: undefined, host: '::', port: 0, address })).toBe(
      'http://localhost:3000',
    );
    expect(resolvePublicUrl({ configured: undefined, host: '::1', port: 0, address })).toBe(
      'http://[::1]:3000',
    );
  });

  it('prefers PUBLIC_URL, without a trailing slash', () => {
    expect(
      resolvePublicUrl({
        configured: 'https://jury.example.org/',
        host: '127.0.0.1',
        port: 0,
        address: listening(41873),
      }),
    ).toBe('https://jury.example.org');
  });

  it('falls back to the configured port before the server listens', () => {
    expect(resolvePublicUrl({ configured: '', host: 'localhost', port: 3000, address: null })).toBe(
      'http://localhost:3000',
    );
  });
});
