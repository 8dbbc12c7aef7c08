// OpenID Connect sign-in settings, read from the environment: the provider (issuer), this server's client
// registration, what to ask for, and the button's text. Absent issuer: OpenID Connect is off.

import { z } from 'zod';

export interface OidcConfig {
  /** The provider's issuer URL; its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Space-separated, always with `openid` (default `openid email`). */
  scopes: string;
  /** The sign-in button's text (default « Se connecter avec ProConnect »). */
  label: string;
  /** `acr_values` to send (e.g. `eidas1`), when the provider requires an assurance level. */
  acrValues?: string;
  /** The `claims` request parameter, as JSON (e.g. ProConnect's `{"id_token":{"amr":{"essential":true}}}`). */
  claims?: string;
  /** Send a PKCE code challenge (S256); on unless KLEROTERION_OIDC_PKCE=off. */
  usePkce: boolean;
}

export const DEFAULT_OIDC_SCOPES = 'openid email';
export const DEFAULT_OIDC_LABEL = 'Se connecter avec ProConnect';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Plain http is accepted only for a provider on this machine (tests, a local provider). */
export const isLoopback = (url: URL): boolean => LOOPBACK.has(url.hostname);

const Env = z.object({
  KLEROTERION_OIDC_ISSUER: z.url().refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url));
  }, 'the issuer must be an https:// URL (http:// only on 127.0.0.1 or localhost)'),
  KLEROTERION_OIDC_CLIENT_ID: z.string().trim().min(1),
  KLEROTERION_OIDC_CLIENT_SECRET: z.string().min(1),
  KLEROTERION_OIDC_SCOPES: z
    .string()
    .trim()
    .regex(/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/, 'scopes separated by spaces')
    .refine((scopes) => scopes.split(' ').includes('openid'), 'the scopes must include openid')
    .optional(),
  KLEROTERION_OIDC_LABEL: z.string().trim().min(1).max(80).optional(),
  KLEROTERION_OIDC_ACR_VALUES: z.string().trim().min(1).max(200).optional(),
  KLEROTERION_OIDC_CLAIMS: z
    .string()
    .trim()
    .refine((text) => {
      try {
        const value: unknown = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value);
      } catch {
        return false;
      }
    }, 'a JSON object such as {"id_token":{"amr":{"essential":true}}}')
    .optional(),
  KLEROTERION_OIDC_PKCE: z.enum(['on', 'off']).optional(),
});

/**
 * The OpenID Connect settings, or undefined when KLEROTERION_OIDC_ISSUER is not set.
 * @throws Error naming every bad or missing variable, so that a misconfigured server does not start.
 */
export function readOidcConfig(env: Record<string, string | undefined>): OidcConfig | undefined {
  const present = Object.fromEntries(
    Object.entries(env).filter(
      ([name, value]) =>
        name.startsWith('KLEROTERION_OIDC_') && value !== undefined && value !== '',
    ),
  );
  if (present['KLEROTERION_OIDC_ISSUER'] === undefined) {
    const stray = Object.keys(present);
    if (stray.length > 0)
      throw new Error(`${stray.join(', ')} set without KLEROTERION_OIDC_ISSUER`);
    return undefined;
  }
  const parsed = Env.safeParse(present);
  if (!parsed.success)
    throw new Error(
      `OpenID Connect settings: ${parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
    );
  const value = parsed.data;
  return {
    issuer: new URL(value.KLEROTERION_OIDC_ISSUER),
    clientId: value.KLEROTERION_OIDC_CLIENT_ID,
    clientSecret: value.KLEROTERION_OIDC_CLIENT_SECRET,
    scopes: value.KLEROTERION_OIDC_SCOPES ?? DEFAULT_OIDC_SCOPES,
    label: value.KLEROTERION_OIDC_LABEL ?? DEFAULT_OIDC_LABEL,
    ...(value.KLEROTERION_OIDC_ACR_VALUES === undefined
      ? {}
      : { acrValues: value.KLEROTERION_OIDC_ACR_VALUES }),
    ...(value.KLEROTERION_OIDC_CLAIMS === undefined
      ? {}
      : { claims: value.KLEROTERION_OIDC_CLAIMS }),
    usePkce: value.KLEROTERION_OIDC_PKCE !== 'off',
  };
}
