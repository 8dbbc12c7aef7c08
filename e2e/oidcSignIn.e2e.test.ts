// OpenID Connect sign-in through the real pages: the sign-in page offers the provider's button, the
// keyboard follows it to a real OpenID provider (oidc-provider, started here), the user logs in and consents
// there, and lands signed in on the console; an address without an account comes back with the reason.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { readOidcConfig } from '../server/auth/oidc/oidcConfig';
import { OIDC_CALLBACK_PATH } from '../server/auth/oidc/oidcSignIn';
import { startOidcProvider, type TestProvider } from '../server/testing/oidcProvider';
import { data, setUpAdministrator, signInAs } from '../server/testing/testServer';
import { expectAccessible, expectAccessibleNow } from './harness/axe';
import { hasNoHorizontalOverflow, startBrowserRun, type BrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const shots = fileURLToPath(new URL('../test-output/oidc', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let provider: TestProvider;
let run: BrowserRun;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  provider = await startOidcProvider({
    alice: { email: 'alice@example.org', emailVerified: true },
    bob: { email: 'bob@example.org', emailVerified: true },
    dora: { email: 'dora@example.org', emailVerified: true },
  });
  run = await startBrowserRun({
    clockRuns: true,
    oidcConfig: readOidcConfig({
      KLEROTERION_OIDC_ISSUER: provider.issuer,
      KLEROTERION_OIDC_CLIENT_ID: provider.clientId,
      KLEROTERION_OIDC_CLIENT_SECRET: provider.clientSecret,
    })!,
  });
  provider.register(`${run.server.url}${OIDC_CALLBACK_PATH}`);
  // The administrator set up, and Alice's organiser account (OpenID Connect only signs into existing accounts).
  await setUpAdministrator(run.server.client());
  await signInAs(run.server, ['organiser'], 'alice@example.org');
}, 180_000);
afterAll(async () => {
  await run?.close();
  await provider?.close();
});

/** At the provider's development pages: log in as `login`, then consent. */
async function logInAtProvider(page: Page, login: string) {
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(
    (url) => url.origin === provider.issuer && url.pathname.startsWith('/interaction/'),
  );
  await page.locator('button[type="submit"]').click();
}

describe('OpenID Connect sign-in in the browser', () => {
  it('follows the button from the keyboard, logs in at the provider and lands signed in on the console', async () => {
    const context = await run.browser.newContext({ viewport: DESKTOP, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${run.server.url}/organiser`);
    const button = page.getByRole('link', { name: 'Se connecter avec ProConnect' });
    await button.waitFor();
    await page.getByText('Seule une adresse déjà enregistrée dans un compte').waitFor();
    await keepScreenshot(page, { path: `${shots}/sign-in-desktop.png`, fullPage: true });
    await expectAccessible(run.browser, page, 'sign-in page with the provider button', (scan) =>
      scan.getByRole('link', { name: 'Se connecter avec ProConnect' }).waitFor(),
    );

    await button.focus();
    await page.keyboard.press('Enter');
    await logInAtProvider(page, 'alice');

    await page.waitForURL(`${run.server.url}/organiser`);
    await page.getByRole('heading', { level: 1, name: 'Processus de tirage au sort' }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    const cookie = (await context.cookies(run.server.url)).find((c) => c.name === 'kl_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const pending = (await context.cookies(run.server.url)).find((c) => c.name === 'kl_oidc');
    expect(pending?.httpOnly).toBe(true);
    expect(pending?.sameSite).toBe('Lax');
    await keepScreenshot(page, { path: `${shots}/console-desktop.png` });
    await context.close();
  }, 120_000);

  it('brings an address without an account back to the sign-in page with the reason, on a phone', async () => {
    const context = await run.browser.newContext({ viewport: PHONE, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${run.server.url}/organiser`);
    await page.getByRole('link', { name: 'Se connecter avec ProConnect' }).click();
    await logInAtProvider(page, 'bob');

    const alert = page.getByRole('alert').filter({ hasText: 'Connexion refusée' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Aucun compte pour cette adresse');
    // Focus is on the reason, and the address no longer carries it (a reload does not repeat it).
    expect(await alert.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(new URL(page.url()).search).toBe('');
    expect(
      await page.evaluate(() => fetch('/api/auth/session').then((r) => r.json())),
    ).toMatchObject({ data: { organiser: false } });
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await keepScreenshot(page, { path: `${shots}/no-account-phone.png`, fullPage: true });
    await expectAccessibleNow(page, 'sign-in page with a refused OpenID Connect attempt');

    await page.setViewportSize(DESKTOP);
    await keepScreenshot(page, { path: `${shots}/no-account-desktop.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.getByRole('link', { name: 'Se connecter avec ProConnect' }).waitFor();
    expect(await page.getByText('Connexion refusée').count()).toBe(0);
    await keepScreenshot(page, { path: `${shots}/sign-in-phone.png`, fullPage: true });
    await context.close();
  }, 120_000);

  it('asks an account with two-step verification for its code after the provider, on a phone', async () => {
    // Dora's account has TOTP on: the provider's sign-in alone must not open the console.
    const dora = await signInAs(run.server, ['organiser'], 'dora@example.org');
    const { secret } = data(await dora.client.post<{ secret: string }>('/api/account/totp/begin'));
    const codeNow = () =>
      new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
        timestamp: run.server.clock.now().getTime(),
      });
    data(await dora.client.post('/api/account/totp/confirm', { code: codeNow() }));
    run.server.clock.advance(30_000);

    const context = await run.browser.newContext({ viewport: PHONE, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${run.server.url}/organiser`);
    await page.getByRole('link', { name: 'Se connecter avec ProConnect' }).click();
    await logInAtProvider(page, 'dora');

    await page.getByRole('heading', { level: 1, name: 'Validation en deux étapes' }).waitFor();
    const code = page.getByLabel('Code de validation');
    expect(await code.evaluate((node) => node === document.activeElement)).toBe(true);
    expect((await context.cookies(run.server.url)).some((c) => c.name === 'kl_session')).toBe(
      false,
    );
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await keepScreenshot(page, { path: `${shots}/code-step-phone.png`, fullPage: true });
    await expectAccessibleNow(page, 'the code asked after the provider');

    await code.fill('000000');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // A wrong code is refused on the field, and still no session.
    await page
      .getByText('Ce code n’est pas valide (ou a déjà servi).', { exact: false })
      .first()
      .waitFor();
    expect((await context.cookies(run.server.url)).some((c) => c.name === 'kl_session')).toBe(
      false,
    );
    await code.fill(codeNow());
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  }, 120_000);
});
