// `npm run bench:letters`: issues registration codes for 10,000 and then 20,000 synthetic invitees (one
// transaction each, on-disk SQLite) and streams their invitation letters to a PDF file; prints seconds,
// pages, bytes and peak RSS. Targets (issue 18): 10,000 letters in ≤ 60 s, 20,000 in ≤ 2 min, memory
// bounded (the peak must not grow with the count). `npm run bench:letters -- 5000` runs other counts.

import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/openDatabase';
import {
  writeInvitationLetters,
  type LetterInvitee,
} from '../../server/letters/writeInvitationLetters';
import { createRegistrationCodes } from '../../server/registration/registrationCodes';

const counts = process.argv.slice(2).map(Number);
const COUNTS =
  counts.length > 0 && counts.every((n) => Number.isInteger(n) && n > 0)
    ? counts
    : [10_000, 20_000];
const STREETS = [
  'RUE DES ACACIAS',
  'AVENUE JEAN JAURÈS',
  'CHEMIN DU MOULIN',
  'PLACE DE LA RÉPUBLIQUE',
];
const TOWNS = ['75011 PARIS', '13002 MARSEILLE', '69003 LYON', '97400 SAINT-DENIS', '29200 BREST'];

let peakRss = process.memoryUsage().rss;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sample, 20);

const dir = mkdtempSync(join(tmpdir(), 'kleroterion-bench-letters-'));
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
try {
  const db = openDatabase(dir);
  const codes = createRegistrationCodes(
    db,
    { now: () => new Date() },
    { bytes: (length) => new Uint8Array(randomBytes(length)) },
  );
  for (const count of COUNTS) {
    const processId = `bench-${count}`;
    peakRss = process.memoryUsage().rss;
    const registerIds = Array.from({ length: count }, (_, i) => `reg-${i}`);
    const issuing = performance.now();
    const { issued } = codes.issue(processId, registerIds);
    const issueSeconds = (performance.now() - issuing) / 1000;

    // The live heap (after a full GC) before the first letter and at the last one: what the stream keeps.
    const collect = (globalThis as { gc?: () => void }).gc;
    collect?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapAtLast = heapBefore;
    // The invitees come one at a time, as from the register's private table.
    async function* invitees(): AsyncGenerator<LetterInvitee> {
      for (const [i, { code }] of issued.entries()) {
        if (i % 500 === 0) sample();
        if (i === count - 1) {
          collect?.();
          heapAtLast = process.memoryUsage().heapUsed;
        }
        yield {
          code,
          addressLines: [
            `${i % 2 === 0 ? 'MADAME' : 'MONSIEUR'} PRÉNOM${i} NOM${i}`,
            `BÂTIMENT ${(i % 26) + 1} ESCALIER ${(i % 4) + 1}`,
            `${(i % 199) + 1} ${STREETS[i % STREETS.length]!}`,
            TOWNS[i % TOWNS.length]!,
          ],
        };
      }
    }
    const file = join(dir, `letters-${count}.pdf`);
    const started = performance.now();
    const written = await writeInvitationLetters(
      {
        title: 'Assemblée citoyenne de Villeneuve sur les transports',
        description:
          'La commune réunit 40 habitantes et habitants tirés au sort pour proposer, en quatre week-ends, des mesures sur les transports du quotidien : bus, vélo, trottoirs, stationnement.',
        organiser: {
          name: 'Mairie de Villeneuve',
          addressLines: ['1 place de la Mairie', '12345 VILLENEUVE'],
        },
        baseUrl: 'https://jury.villeneuve.fr',
        date: new Date(),
      },
      invitees(),
      createWriteStream(file),
    );
    const seconds = (performance.now() - started) / 1000;
    sample();
    console.log(
      `${count.toLocaleString('en')} letters: codes issued in ${issueSeconds.toFixed(2)} s (one transaction); ` +
        `PDF streamed in ${seconds.toFixed(1)} s (${Math.round(count / seconds)} letters/s), ` +
        `${written.pages.toLocaleString('en')} pages, ${written.bytes.toLocaleString('en')} bytes (${mib(statSync(file).size)} on disk), ` +
        `peak RSS ${mib(peakRss)}; live heap grew ${mib(heapAtLast - heapBefore)} by the last letter ` +
        `(${((heapAtLast - heapBefore) / count / 1024).toFixed(2)} KiB per letter: pdfkit's page tree and cross-reference table)`,
    );
    rmSync(file);
  }
  db.close();
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}
