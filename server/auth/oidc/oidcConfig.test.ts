import { describe, expect, it } from 'vitest';
import { DEFAULT_OIDC_LABEL, DEFAULT_OIDC_SCOPES, readOidcConfig } from './oidcConfig';

const base = {
  KLEROTERION_OIDC_ISSUER: 'https://auth.example.gouv.fr/api/v2',
  KLEROTERION_OIDC_CLIENT_ID: 'client',
  KLEROTERION_OIDC_CLIENT_SECRET: 'secret',
};

describe('readOidcConfig', () => {
  it('is off when no OpenID Connect variable is set', () => {
    expect(readOidcConfig({ PORT: '3000' })).toBeUndefined();
  });

  it('takes the defaults: openid email, the ProConnect button, PKCE on', () => {
    expect(readOidcConfig(base)).toEqual({
      issuer: new URL(base.KLEROTERION_OIDC_ISSUER),
      clientId: 'client',
      clientSecret: 'secret',
      scopes: DEFAULT_OIDC_SCOPES,
      label: DEFAULT_OIDC_LABEL,
      usePkce: true,
    });
  });

  it("reads ProConnect's optional parameters", () => {
    const config = readOidcConfig({
      ...base,
      KLEROTERION_OIDC_SCOPES: 'openid email given_name usual_name',
      KLEROTERION_OIDC_ACR_VALUES: 'eidas1',
      KLEROTERION_OIDC_CLAIMS: '{"id_token":{"amr":{"essential":true}}}',
      KLEROTERION_OIDC_PKCE: 'off',
      KLEROTERION_OIDC_LABEL: 'S’identifier avec ProConnect',
    });
    expect(config).toMatchObject({
      scopes: 'openid email given_name usual_name',
      acrValues: 'eidas1',
      claims: '{"id_token":{"amr":{"essential":true}}}',
      usePkce: false,
      label: 'S’identifier avec ProConnect',
    });
  });

  it('refuses a half or unsafe configuration, naming the variable', () => {
    expect(() => readOidcConfig({ KLEROTERION_OIDC_CLIENT_ID: 'client' })).toThrow(
      /KLEROTERION_OIDC_CLIENT_ID set without KLEROTERION_OIDC_ISSUER/,
    );
    expect(() => readOidcConfig({ ...base, KLEROTERION_OIDC_CLIENT_SECRET: undefined })).toThrow(
      /KLEROTERION_OIDC_CLIENT_SECRET/,
    );
    expect(() =>
      readOidcConfig({ ...base, KLEROTERION_OIDC_ISSUER: 'http://auth.example.org' }),
    ).toThrow(/https/);
    expect(
      readOidcConfig({ ...base, KLEROTERION_OIDC_ISSUER: 'http://127.0.0.1:9000' })?.issuer.href,
    ).toBe('http://127.0.0.1:9000/');
    expect(() => readOidcConfig({ ...base, KLEROTERION_OIDC_SCOPES: 'email' })).toThrow(/openid/);
    expect(() => readOidcConfig({ ...base, KLEROTERION_OIDC_CLAIMS: '{not json' })).toThrow(
      /KLEROTERION_OIDC_CLAIMS/,
    );
    expect(() => readOidcConfig({ ...base, KLEROTERION_OIDC_PKCE: 'no' })).toThrow(
      /KLEROTERION_OIDC_PKCE/,
    );
  });
});
