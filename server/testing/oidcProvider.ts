// A real OpenID provider for the tests (oidc-provider 8) on 127.0.0.1, port 0: one registered client,
// test users found by their login, its development login and consent pages, and a userinfo answer signed
// as a JWT as ProConnect does. No network: the provider runs inside the test.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

export interface ProviderUser {
  email: string;
  /** Absent: the provider says nothing about it. */
  emailVerified?: boolean;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers this server's redirect URI and starts answering (the app's port is known only then). */
  register(redirectUri: string): void;
  /** Stops answering: the provider is down. */
  close(): Promise<void>;
  /** The content type of each userinfo answer so far (`application/jwt`: signed, as ProConnect's). */
  userinfoAnswers: string[];
}

export async function startOidcProvider(
  users: Record<string, ProviderUser>,
): Promise<TestProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const userinfoAnswers: string[] = [];
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/me') === true)
      res.on('finish', () => userinfoAnswers.push(String(res.getHeader('content-type'))));
    if (handler === undefined) {
      res.statusCode = 503;
      res.end('not ready');
    } else handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const issuer = `http://127.0.0.1:${address.port}`;
  const clientId = 'kleroterion-test';
  const clientSecret = 'a-test-client-secret-of-enough-length-0123456789';
  return {
    issuer,
    clientId,
    clientSecret,
    userinfoAnswers,
    register(redirectUri) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_post',
            // As ProConnect: userinfo comes back as a JWT signed with the provider's key.
            userinfo_signed_response_alg: 'RS256',
          },
        ],
        claims: { openid: ['sub'], email: ['email', 'email_verified'] },
        cookies: { keys: ['a-test-cookie-signing-key-0123456789abcdef'] },
        jwks: {
          keys: [
            {
              ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
                format: 'jwk',
              }),
              kid: 'test-key',
              use: 'sig',
              alg: 'RS256',
            },
          ],
        },
        ttl: {
          AccessToken: 600,
          AuthorizationCode: 60,
          Grant: 3600,
          IdToken: 600,
          Interaction: 600,
          Session: 3600,
        },
        features: { devInteractions: { enabled: true }, jwtUserinfo: { enabled: true } },
        pkce: { required: () => true },
        findAccount: (_ctx: unknown, id: string) => {
          const user = users[id];
          if (user === undefined) return undefined;
          return {
            accountId: id,
            claims: () => ({
              sub: id,
              email: user.email,
              ...(user.emailVerified === undefined ? {} : { email_verified: user.emailVerified }),
            }),
          };
        },
      });
      // Development keys and pages are expected here; keep the test output quiet.
      provider.on('server_error', () => {});
      handler = provider.callback();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A minimal user agent: a cookie jar per origin, redirects followed by hand, and HTML forms filled in. */
export class FormBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookiesFor(url: string): Map<string, string> {
    const origin = new URL(url).origin;
    let cookies = this.jar.get(origin);
    if (cookies === undefined) this.jar.set(origin, (cookies = new Map()));
    return cookies;
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const cookies = this.cookiesFor(url);
    const headers: Record<string, string> = {};
    if (cookies.size > 0)
      headers['cookie'] = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (init.form !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      headers,
      redirect: 'manual',
      ...(init.form === undefined ? {} : { body: new URLSearchParams(init.form).toString() }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    const location = response.headers.get('location');
    return {
      status: response.status,
      location: location === null ? undefined : new URL(location, url).href,
      text: await response.text(),
    };
  }

  /**
   * Follows redirects from `url`, filling the provider's login form with `login` and accepting its consent,
   * until a redirect leads back to `stopAt` (returned) or a page answers without a form.
   */
  async signIn(url: string, login: string, stopAt: string) {
    let next: { url: string; form?: Record<string, string> } = { url };
    for (let step = 0; step < 20; step++) {
      if (next.url.startsWith(stopAt)) return { landedOn: next.url };
      const answer = await this.request(next.url, {
        ...(next.form === undefined ? {} : { method: 'POST', form: next.form }),
      });
      if (answer.location !== undefined) {
        next = { url: answer.location };
        continue;
      }
      const action = /<form[^>]*action="([^"]+)"/.exec(answer.text)?.[1];
      const prompt = /name="prompt" value="([a-z]+)"/.exec(answer.text)?.[1];
      if (action === undefined || prompt === undefined)
        return { landedOn: next.url, status: answer.status, text: answer.text };
      next = {
        url: new URL(action, next.url).href,
        form: prompt === 'login' ? { prompt, login, password: 'any' } : { prompt },
      };
    }
    throw new Error('too many redirects');
  }
}
