import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from './trustProxy';
import { setUpAdministrator, signIn, startTestServer } from '../testing/testServer';

describe('TRUST_PROXY', () => {
  it('reads false, true, a hop count or addresses', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy(' loopback, 10.0.0.0/8 ')).toBe('loopback, 10.0.0.0/8');
  });

  it('takes the scheme and host of the Origin check from X-Forwarded-* only behind a trusted proxy', async () => {
    // What nginx sends for https://jury.example after terminating TLS.
    const forwarded = {
      origin: 'https://jury.example',
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'jury.example' },
    };
    const direct = await startTestServer();
    const proxied = await startTestServer({ trustProxy: 'loopback' });
    try {
      const refused = await setUpAdministrator(direct.client(), 'a proxied password', forwarded);
      expect(refused.body).toMatchObject({ ok: false, error: { code: 'ORIGIN_REFUSED' } });
      const accepted = await setUpAdministrator(proxied.client(), 'a proxied password', forwarded);
      expect(accepted.body).toMatchObject({ ok: true });
      // Without a trusted proxy, a client cannot claim another scheme or host with these headers.
      const spoofed = await signIn(direct.client(), 'a proxied password', forwarded);
      expect(spoofed.status).toBe(403);
    } finally {
      await direct.close();
      await proxied.close();
    }
  });
});
