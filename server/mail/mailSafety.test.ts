import { describe, expect, it } from 'vitest';
import { MailAddress, foldSubject, requireSafeRecipient, withoutAddresses } from './mailSafety';
import { MailDeliveryError } from './mailDeliveryError';
import { parseSender, smtpConfigFromEnv } from './smtpTransport';

describe('mail safety', () => {
  it('accepts one plain address, accented ones included', () => {
    for (const address of [
      'eloise@exemple.fr',
      'élo.ïse+jury@exemple.fr',
      'a_b-c@sous.domaine.example',
    ])
      expect(MailAddress.safeParse(address).success, address).toBe(true);
  });

  it('refuses anything that could add a header or a recipient', () => {
    for (const address of [
      'a@b.example\r\nBcc: c@d.example',
      'a@b.example\nBcc: c@d.example',
      'a@b.example\rX: y',
      'Jury <a@b.example>',
      '"a@b.example" <c@d.example>',
      'a@b.example, c@d.example',
      'a@b.example;c@d.example',
      'a b@c.example',
      '<a@b.example>',
      'a@b.example\u0000',
      'a@b.example\t',
      `${'a'.repeat(250)}@b.example`,
      '',
      'pas-une-adresse',
    ])
      expect(MailAddress.safeParse(address).success, JSON.stringify(address)).toBe(false);
  });

  it('fails an unsafe recipient permanently, with a reason that does not quote it', () => {
    let thrown: unknown;
    try {
      requireSafeRecipient('victime@exemple.fr\r\nBcc: tous@exemple.fr');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MailDeliveryError);
    expect((thrown as MailDeliveryError).permanent).toBe(true);
    expect((thrown as MailDeliveryError).reason).not.toMatch(/victime|tous|exemple/);
  });

  it('folds a subject to one line', () => {
    expect(foldSubject('Reçu\r\nBcc: x@y.example\r\n\r\nCorps')).toBe(
      'Reçu Bcc: x@y.example Corps',
    );
    expect(foldSubject('A\u2028B\tC\u0000D')).toBe('A B C D');
    expect(foldSubject('  Été 2026  ')).toBe('Été 2026');
  });

  it('masks every address in an error text', () => {
    expect(
      withoutAddresses(
        '550 5.1.1 <Éloïse.M@exemple.fr>: unknown; also x@y.example',
        'Éloïse.M@exemple.fr',
      ),
    ).toBe('550 5.1.1 <<adresse>>: unknown; also <adresse>');
  });
});

describe('SMTP settings', () => {
  it('needs nothing when SMTP is not set, and reads URL and sender when it is', () => {
    expect(smtpConfigFromEnv({})).toBeUndefined();
    expect(
      smtpConfigFromEnv({
        KLEROTERION_SMTP_URL: 'smtps://jury:s%40cret@smtp.lyon.example:465',
        KLEROTERION_MAIL_FROM: 'Mairie de Lyon <jury@lyon.example>',
      }),
    ).toEqual({
      url: 'smtps://jury:s%40cret@smtp.lyon.example:465',
      from: { name: 'Mairie de Lyon', address: 'jury@lyon.example' },
    });
  });

  it('refuses to start with a clear sentence when a setting is missing or wrong', () => {
    expect(() => smtpConfigFromEnv({ KLEROTERION_SMTP_URL: 'smtp://smtp.lyon.example' })).toThrow(
      /KLEROTERION_MAIL_FROM is required/,
    );
    expect(() =>
      smtpConfigFromEnv({
        KLEROTERION_SMTP_URL: 'http://x.example',
        KLEROTERION_MAIL_FROM: 'a@b.example',
      }),
    ).toThrow(/must start with smtp:\/\/ or smtps:\/\//);
    expect(() =>
      smtpConfigFromEnv({
        KLEROTERION_SMTP_URL: 'pas une url',
        KLEROTERION_MAIL_FROM: 'a@b.example',
      }),
    ).toThrow(/is not a URL/);
    for (const from of ['a@b.example\r\nBcc: c@d.example', 'A <a@b.example>, c@d.example', 'Jury'])
      expect(() => parseSender(from), from).toThrow(/must be one address/);
    expect(parseSender('jury@lyon.example')).toEqual({ name: '', address: 'jury@lyon.example' });
  });
});
