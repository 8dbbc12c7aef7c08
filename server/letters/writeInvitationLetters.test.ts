import { randomBytes } from 'node:crypto';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import {
  CODE_RANDOM_BYTES,
  formatRegistrationCode,
  normaliseRegistrationCode,
} from '../../shared/registration/registrationCode';
import { pdfQrCodes } from '../testing/pdfQrCodes';
import { pdfPageCount, pdfTextLines } from '../testing/pdfText';
import {
  writeInvitationLetters,
  type LetterInvitee,
  type LetterProcess,
} from './writeInvitationLetters';

const PROCESS: LetterProcess = {
  title: 'Assemblée citoyenne de Villeneuve sur les transports',
  description:
    'La commune réunit 40 habitantes et habitants tirés au sort pour proposer des mesures sur les transports du quotidien.',
  organiser: {
    name: 'Mairie de Villeneuve',
    addressLines: ['1 place de la Mairie', '12345 VILLENEUVE'],
  },
  baseUrl: 'https://jury.villeneuve.fr/',
  date: new Date('2026-12-05T10:00:00Z'),
  replyBy: new Date('2027-01-15T10:00:00Z'),
};

function invitees(count: number): LetterInvitee[] {
  return Array.from({ length: count }, (_, i) => ({
    code: formatRegistrationCode(randomBytes(CODE_RANDOM_BYTES)),
    addressLines: [
      `MADAME CLÉMENCE N°${i + 1} D’ARGENT`,
      'RÉSIDENCE LES GLYCINES BÂT B',
      `${i + 1} RUE DES ACACIAS`,
      '12345 VILLENEUVE CEDEX',
    ],
  }));
}

async function render(
  people: LetterInvitee[] | AsyncIterable<LetterInvitee>,
  process = PROCESS,
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const written = await writeInvitationLetters(process, people, out);
  const pdf = Buffer.concat(chunks);
  expect(written.bytes).toBe(pdf.length);
  expect(written.pages).toBe(pdfPageCount(pdf));
  return pdf;
}

describe('the invitation letters', () => {
  it('print one page per invitee, whose QR code reads as the registration link with their code', async () => {
    const people = invitees(5);
    const pdf = await render(people);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(5);
    const links = pdfQrCodes(pdf);
    expect(links).toEqual(
      people.map((person) => `https://jury.villeneuve.fr/inscription?code=${person.code}`),
    );
    // What a phone opens carries a code the registration page accepts as this invitee's.
    for (const [i, link] of links.entries())
      expect(normaliseRegistrationCode(new URL(link).searchParams.get('code') ?? '')).toBe(
        people[i]!.code,
      );
  });

  it('say in plain French who writes, to whom, why and how to register, with the code in full', async () => {
    const people = invitees(2);
    const lines = pdfTextLines(await render(people));
    const text = lines.join('\n');
    for (const person of people) {
      expect(lines).toContain(person.code);
      // The address lines exactly as given, in order.
      const first = lines.indexOf(person.addressLines[0]!);
      expect(lines.slice(first, first + 4)).toEqual(person.addressLines);
    }
    for (const words of [
      'Mairie de Villeneuve',
      'Le 5 décembre 2026',
      'Invitation : Assemblée citoyenne de Villeneuve sur les transports',
      'Madame, Monsieur,',
      'Vous avez été tiré(e) au sort',
      'La commune réunit 40 habitantes',
      'inscrivez-vous avant le 15 janvier 2027',
      'Votre code personnel',
      'Pour vous inscrire',
      'https://jury.villeneuve.fr/inscription',
      'Saisissez votre code personnel',
    ])
      expect(text.replace(/\s+/g, ' ')).toContain(words);
  });

  it('are written in English when asked', async () => {
    const text = pdfTextLines(await render(invitees(1), { ...PROCESS, language: 'en' })).join(' ');
    expect(text).toContain('How to register');
    expect(text).toContain('Your personal code');
    expect(text).not.toContain('Pour vous inscrire');
  });

  it('cut a description too long for the page at a word, and keep one page per letter', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `mot${i}`).join(' ');
    const pdf = await render(invitees(3), { ...PROCESS, description: long });
    expect(pdfPageCount(pdf)).toBe(3);
    const text = pdfTextLines(pdf).join(' ');
    expect(text).toContain('mot0 mot1');
    expect(text).toMatch(/mot\d+…/);
    expect(text).not.toContain('mot399');
  });

  it('stream: each page leaves before the next invitees are read, and a slow reader is waited for', async () => {
    const people = invitees(12);
    const sizes: number[] = [];
    let received = 0;
    let mostPending = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        setImmediate(done);
      },
    });
    const watch = setInterval(() => (mostPending = Math.max(mostPending, slow.writableLength)), 0);
    async function* source() {
      for (const person of people) {
        sizes.push(received);
        yield person;
      }
    }
    const written = await writeInvitationLetters(PROCESS, source(), slow);
    clearInterval(watch);
    expect(written.pages).toBe(12);
    expect(received).toBe(written.bytes);
    // By the time the 4th invitee is read, the first pages have reached the reader.
    expect(sizes[3]).toBeGreaterThan(sizes[1]!);
    expect(sizes[11]).toBeGreaterThan(sizes[3]!);
    // Never much more than a page waits in memory for the reader.
    expect(mostPending).toBeLessThan(written.bytes / 3);
  });

  it('refuse an address La Poste would not take, naming the letter and the line', async () => {
    const people = invitees(3);
    people[1] = { ...people[1]!, addressLines: ['A', 'B', 'C', 'D', 'E', 'F', 'G'] };
    const out = new PassThrough();
    out.resume();
    const error = await writeInvitationLetters(PROCESS, people, out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KleroterionError);
    expect((error as KleroterionError).code).toBe(ErrorCode.InvalidArgument);
    expect((error as KleroterionError).message).toMatch(/^Letter 2: the address has 7 lines/);
    people[1] = { ...people[1]!, addressLines: ['MONSIEUR X', 'x'.repeat(39)] };
    const tooWide = (await writeInvitationLetters(PROCESS, people, new PassThrough()).catch(
      (e: unknown) => e,
    )) as KleroterionError;
    expect(tooWide.message).toMatch(/line 2 has 39 characters; at most 38/);
    expect(tooWide.details.field).toBe('addressLines[1]');
    people[1] = { ...people[1]!, addressLines: ['MONSIEUR ŞAHIN', '1 RUE X', '75011 PARIS'] };
    const unprintable = (await writeInvitationLetters(PROCESS, people, new PassThrough()).catch(
      (e: unknown) => e,
    )) as KleroterionError;
    expect(unprintable.message).toMatch(
      /^Letter 2: the address's line 1 holds "Ş", which the letter cannot print/,
    );
  });
});
