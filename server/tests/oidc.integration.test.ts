// OpenID Connect sign-in against a real OpenID provider (oidc-provider) started inside the test: a known
// verified e-mail signs in, an unknown or unverified one is refused, a replayed or forged state is refused,
// and a provider that is down gives a clear answer.

import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OIDC_LABEL, readOidcConfig } from '../auth/oidc/oidcConfig';
import { OIDC_CALLBACK_PATH, createOidcSignIn } from '../auth/oidc/oidcSignIn';
import { FormBrowser, startOidcProvider, type TestProvider } from '../testing/oidcProvider';
import {
  data,
  setUpAdministrator,
  signInAs,
  startTestServer,
  type TestServer,
} from '../testing/testServer';

let provider: TestProvider;
let server: TestServer;

beforeAll(async () => {
  provider = await startOidcProvider({
    alice: { email: 'Alice@Example.org', emailVerified: true },
    bob: { email: 'bob@example.org', emailVerified: true },
    carol: { email: 'carol@example.org', emailVerified: false },
    dora: { email: 'dora@example.org', emailVerified: true },
  });
  server = await startTestServer({
    oidcConfig: readOidcConfig({
      KLEROTERION_OIDC_ISSUER: provider.issuer,
      KLEROTERION_OIDC_CLIENT_ID: provider.clientId,
      KLEROTERION_OIDC_CLIENT_SECRET: provider.clientSecret,
    })!,
  });
  // OpenID Connect only signs into existing accounts: Alice and Carol have one, Bob has none.
  await setUpAdministrator(server.client());
  await signInAs(server, ['organiser'], 'alice@example.org');
  await signInAs(server, ['organiser'], 'carol@example.org');
  provider.register(`${server.url}${OIDC_CALLBACK_PATH}`);
});
afterAll(async () => {
  await server.close();
  await provider.close();
});

const console = () => `${server.url}/organiser`;

async function signedIn(browser: FormBrowser): Promise<boolean> {
  const session = browser.cookiesFor(server.url).get('kl_session');
  const answer = await fetch(`${server.url}/api/auth/session`, {
    headers: session === undefined ? {} : { cookie: `kl_session=${session}` },
  });
  return ((await answer.json()) as { data: { organiser: boolean } }).data.organiser;
}

describe('OpenID Connect sign-in', () => {
  it('says it is offered, with the button text', async () => {
    const answer = await server.client().request('GET', '/api/auth/oidc');
    expect(answer.body).toEqual({
      ok: true,
      data: { configured: true, label: DEFAULT_OIDC_LABEL },
    });
  });

  it('sends the browser to the provider with state, nonce and an S256 PKCE challenge, keeping them server-side', async () => {
    const browser = new FormBrowser();
    const start = await browser.request(`${server.url}/api/auth/oidc/start`);
    expect(start.status).toBe(302);
    const url = new URL(start.location!);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('redirect_uri')).toBe(`${server.url}${OIDC_CALLBACK_PATH}`);
    expect(url.searchParams.get('scope')).toBe('openid email');
    expect(url.searchParams.get('state')!.length).toBeGreaterThanOrEqual(32);
    expect(url.searchParams.get('nonce')!.length).toBeGreaterThanOrEqual(32);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    // The browser holds only an opaque handle: none of the secrets of the flow.
    const handle = browser.cookiesFor(server.url).get('kl_oidc')!;
    expect(handle.length).toBeGreaterThanOrEqual(43);
    for (const name of ['state', 'nonce', 'code_challenge'])
      expect(handle).not.toContain(url.searchParams.get(name));
  });

  it('signs in a known, verified e-mail (matched whatever its case) and lands on the console', async () => {
    const browser = new FormBrowser();
    expect(await signedIn(browser)).toBe(false);
    const answered = provider.userinfoAnswers.length;
    const end = await browser.signIn(`${server.url}/api/auth/oidc/start`, 'alice', console());
    expect(end.landedOn).toBe(console());
    expect(await signedIn(browser)).toBe(true);
    // The e-mail came from userinfo signed as a JWT, as ProConnect sends it.
    expect(provider.userinfoAnswers.slice(answered)).toEqual([
      expect.stringMatching(/^application\/jwt/),
    ]);
  });

  it('refuses an e-mail without an account, and creates none', async () => {
    const browser = new FormBrowser();
    const end = await browser.signIn(`${server.url}/api/auth/oidc/start`, 'bob', console());
    expect(end.landedOn).toBe(`${console()}?oidc=no-account`);
    expect(await signedIn(browser)).toBe(false);
  });

  it('refuses an e-mail the provider says is not verified', async () => {
    const browser = new FormBrowser();
    const end = await browser.signIn(`${server.url}/api/auth/oidc/start`, 'carol', console());
    expect(end.landedOn).toBe(`${console()}?oidc=unverified-email`);
    expect(await signedIn(browser)).toBe(false);
  });

  it('refuses a replayed callback, a forged state, and a callback from another browser', async () => {
    // Replay: the same callback URL a second time, in the same browser.
    const browser = new FormBrowser();
    const end = await browser.signIn(
      `${server.url}/api/auth/oidc/start`,
      'alice',
      `${server.url}${OIDC_CALLBACK_PATH}`,
    );
    const callback = end.landedOn;
    expect(callback).toContain('code=');
    const first = await browser.request(callback);
    expect(first.location).toBe(console());
    browser.cookiesFor(server.url).delete('kl_session');
    const replay = await browser.request(callback);
    expect(replay.location).toBe(`${console()}?oidc=expired`);
    expect(await signedIn(browser)).toBe(false);

    // Forged state: the provider's code with another state value.
    const forger = new FormBrowser();
    const forged = await forger.signIn(
      `${server.url}/api/auth/oidc/start`,
      'alice',
      `${server.url}${OIDC_CALLBACK_PATH}`,
    );
    const url = new URL(forged.landedOn);
    url.searchParams.set('state', 'A'.repeat(43));
    expect((await forger.request(url.href)).location).toBe(`${console()}?oidc=expired`);
    // …and the pending sign-in is spent: the genuine callback no longer works either.
    expect((await forger.request(forged.landedOn)).location).toBe(`${console()}?oidc=expired`);
    expect(await signedIn(forger)).toBe(false);

    // Another browser (login CSRF): a victim handed an attacker's callback URL is not signed in.
    const attacker = new FormBrowser();
    const lure = await attacker.signIn(
      `${server.url}/api/auth/oidc/start`,
      'alice',
      `${server.url}${OIDC_CALLBACK_PATH}`,
    );
    const victim = new FormBrowser();
    expect((await victim.request(lure.landedOn)).location).toBe(`${console()}?oidc=expired`);
    expect(await signedIn(victim)).toBe(false);
  });

  it('sends the user back with a reason when they cancel at the provider', async () => {
    const browser = new FormBrowser();
    const start = await browser.request(`${server.url}/api/auth/oidc/start`);
    const toInteraction = await browser.request(start.location!);
    const interaction = toInteraction.location!;
    await browser.request(interaction);
    // The provider's own "cancel" link aborts the interaction.
    const abort = await browser.signIn(`${interaction}/abort`, 'none', console());
    expect(abort.landedOn).toBe(`${console()}?oidc=denied`);
  });
});

describe("ProConnect's authorisation parameters", () => {
  it('sends acr_values and claims when set, and no PKCE challenge when it is off', async () => {
    const signIn = createOidcSignIn(
      readOidcConfig({
        KLEROTERION_OIDC_ISSUER: provider.issuer,
        KLEROTERION_OIDC_CLIENT_ID: provider.clientId,
        KLEROTERION_OIDC_CLIENT_SECRET: provider.clientSecret,
        KLEROTERION_OIDC_SCOPES: 'openid email given_name usual_name',
        KLEROTERION_OIDC_ACR_VALUES: 'eidas1',
        KLEROTERION_OIDC_CLAIMS: '{"id_token":{"amr":{"essential":true}}}',
        KLEROTERION_OIDC_PKCE: 'off',
      })!,
      () => server.url,
    );
    const { url, pending } = await signIn.begin();
    const query = Object.fromEntries(url.searchParams);
    expect(query).toEqual({
      client_id: provider.clientId,
      response_type: 'code',
      redirect_uri: `${server.url}${OIDC_CALLBACK_PATH}`,
      scope: 'openid email given_name usual_name',
      state: pending.state,
      nonce: pending.nonce,
      acr_values: 'eidas1',
      claims: '{"id_token":{"amr":{"essential":true}}}',
    });
    expect(pending.codeVerifier).toBeUndefined();
  });
});

describe('OpenID Connect sign-in for an account with its own second factor', () => {
  const codeNow = (secret: string) =>
    new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
      timestamp: server.clock.now().getTime(),
    });
  /** The sign-in page's form: the code, with the browser's cookies and our own Origin. */
  const sendCode = (browser: FormBrowser, code: string) =>
    fetch(`${server.url}/api/auth/oidc/code`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: server.url,
        cookie: [...browser.cookiesFor(server.url)].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      body: JSON.stringify({ code }),
    });

  it('asks for the account’s TOTP code after the provider, and signs in only with a right one, once', async () => {
    const dora = await signInAs(server, ['organiser'], 'dora@example.org');
    const { secret } = data(await dora.client.post<{ secret: string }>('/api/account/totp/begin'));
    data(await dora.client.post('/api/account/totp/confirm', { code: codeNow(secret) }));
    server.clock.advance(30_000);

    const browser = new FormBrowser();
    const end = await browser.signIn(`${server.url}/api/auth/oidc/start`, 'dora', console());
    // The provider's sign-in alone opens no session: the page asks for the code.
    expect(end.landedOn).toBe(`${console()}?oidc=code`);
    expect(browser.cookiesFor(server.url).has('kl_session')).toBe(false);
    expect(await signedIn(browser)).toBe(false);

    const wrong = await sendCode(browser, '000000');
    expect(wrong.status).toBeGreaterThanOrEqual(400);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('TOTP_INVALID');
    expect(wrong.headers.getSetCookie().some((c) => c.startsWith('kl_session='))).toBe(false);

    const right = await sendCode(browser, codeNow(secret));
    expect(right.status).toBe(200);
    const session = right.headers
      .getSetCookie()
      .map((line) => /^kl_session=([^;]+)/.exec(line)?.[1])
      .find((value) => value !== undefined);
    expect(session).toBeDefined();
    browser.cookiesFor(server.url).set('kl_session', session!);
    expect(await signedIn(browser)).toBe(true);

    // Used once: the same pending sign-in cannot open a second session.
    server.clock.advance(30_000);
    const again = await sendCode(browser, codeNow(secret));
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('TOKEN_INVALID');
  });

  it('ends a pending sign-in after five wrong codes', async () => {
    const browser = new FormBrowser();
    const end = await browser.signIn(`${server.url}/api/auth/oidc/start`, 'dora', console());
    expect(end.landedOn).toBe(`${console()}?oidc=code`);
    for (let i = 0; i < 5; i++) {
      const answer = await sendCode(browser, '111111');
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe(
        'TOTP_INVALID',
      );
    }
    const last = await sendCode(browser, '111111');
    expect(((await last.json()) as { error: { code: string } }).error.code).toBe('TOKEN_INVALID');
  });
});

describe('OpenID Connect sign-in with the provider down', () => {
  let down: TestServer;
  beforeAll(async () => {
    const gone = await startOidcProvider({});
    const issuer = gone.issuer;
    await gone.close();
    down = await startTestServer({
      loginAttemptsPerWindow: 3,
      oidcConfig: readOidcConfig({
        KLEROTERION_OIDC_ISSUER: issuer,
        KLEROTERION_OIDC_CLIENT_ID: 'kleroterion-test',
        KLEROTERION_OIDC_CLIENT_SECRET: 'secret',
        KLEROTERION_OIDC_LABEL: 'Se connecter avec le fournisseur de test',
      })!,
    });
  });
  afterAll(() => down.close());

  it('sends the browser back to the sign-in page saying the provider cannot be reached', async () => {
    const browser = new FormBrowser();
    const start = await browser.request(`${down.url}/api/auth/oidc/start`);
    expect(start.status).toBe(302);
    expect(start.location).toBe(`${down.url}/organiser?oidc=provider`);
    expect(browser.cookiesFor(down.url).has('kl_oidc')).toBe(false);
  });

  it('counts starts against the sign-in limit, and explains the refusal on a page', async () => {
    const browser = new FormBrowser();
    // The previous test spent one attempt; two more are allowed, then the limit applies.
    for (let attempt = 0; attempt < 2; attempt++)
      expect((await browser.request(`${down.url}/api/auth/oidc/start`)).location).toBe(
        `${down.url}/organiser?oidc=provider`,
      );
    expect((await browser.request(`${down.url}/api/auth/oidc/start`)).location).toBe(
      `${down.url}/organiser?oidc=rate-limited`,
    );
    // A password attempt from the same client is refused too, as JSON for the form.
    const login = await down.client().request('POST', '/api/auth/login', { password: 'x' });
    expect(login.status).toBe(429);
    expect(login.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  });
});

describe('OpenID Connect not configured', () => {
  it('says so, and its routes answer a typed 404', async () => {
    const plain = await startTestServer();
    try {
      const client = plain.client();
      expect((await client.request('GET', '/api/auth/oidc')).body).toEqual({
        ok: true,
        data: { configured: false },
      });
      for (const path of ['/api/auth/oidc/start', '/api/auth/oidc/callback?code=x&state=y']) {
        const answer = await client.request('GET', path);
        expect(answer.status).toBe(404);
        expect(answer.body).toMatchObject({ ok: false, error: { code: 'OIDC_NOT_CONFIGURED' } });
      }
    } finally {
      await plain.close();
    }
  });
});
