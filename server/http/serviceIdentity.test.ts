import { describe, expect, it } from 'vitest';
import { readServiceIdentity } from './serviceIdentity';

const noFile = (): Buffer => {
  throw new Error('ENOENT: no such file');
};

describe('readServiceIdentity', () => {
  it("defaults to the State's identity", () => {
    expect(readServiceIdentity({})).toEqual({ identity: 'state' });
    expect(readServiceIdentity({ KLEROTERION_IDENTITY: '' })).toEqual({ identity: 'state' });
  });

  it('reads a neutral identity with its name, tagline and logo', () => {
    const identity = readServiceIdentity(
      {
        KLEROTERION_IDENTITY: 'neutral',
        KLEROTERION_SERVICE_NAME: ' Jurys de Lyon ',
        KLEROTERION_SERVICE_TAGLINE: 'La ville tire au sort',
        KLEROTERION_LOGO: '/etc/lyon/Logo.PNG',
      },
      () => Buffer.from('png'),
    );
    expect(identity).toMatchObject({
      identity: 'neutral',
      serviceName: 'Jurys de Lyon',
      serviceTagline: 'La ville tire au sort',
      logo: { url: '/identite/logo.png', contentType: 'image/png' },
    });
  });

  it.each([
    [{ KLEROTERION_IDENTITY: 'commune' }, /KLEROTERION_IDENTITY must be 'state' or 'neutral'/],
    [
      { KLEROTERION_IDENTITY: 'neutral', KLEROTERION_LOGO: 'logo.gif' },
      /KLEROTERION_LOGO must name a \.svg or \.png file/,
    ],
    [
      { KLEROTERION_IDENTITY: 'neutral', KLEROTERION_SERVICE_NAME: 'x'.repeat(61) },
      /KLEROTERION_SERVICE_NAME must be at most 60/,
    ],
    [
      { KLEROTERION_IDENTITY: 'neutral', KLEROTERION_LOGO: 'missing.svg' },
      /KLEROTERION_LOGO cannot be read \(missing\.svg\)/,
    ],
    [
      { KLEROTERION_SERVICE_NAME: 'Jurys de Lyon' },
      /KLEROTERION_SERVICE_NAME only apply with KLEROTERION_IDENTITY=neutral/,
    ],
  ])('refuses %j with a sentence naming the variable', (env, message) => {
    expect(() => readServiceIdentity(env, noFile)).toThrow(message);
  });
});
