import { describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { sha256HexOfText } from '../crypto/hash';
import type { BallotContent } from '../deliberation/ballot';
import { DEFAULT_SCALE } from '../scoring/gradingScale';
import {
  decideConflict,
  decideMove,
  decideOpenRoom,
  decidePhase,
  decideSeat,
} from '../deliberation/roomCommands';
import { decideAnswer, decideDossiers } from '../process/processCommands';
import { DEFAULT_CRITERIA } from '../process/processEvents';
import { foldProcess } from '../process/processState';
import { drawSelection } from '../process/processStratified';
import { decidePublish, decideTieVote } from '../scoring/resultCommands';
import { invitedProcess, syntheticDossier, type LogBuilder } from '../testing/syntheticProcess';
import { buildProcesVerbal, type ProcesVerbal, type PvBlock } from './procesVerbal';

const DAY = 86_400_000;
const round = drand.rounds[0] as { round: number; signature: string };
const [d1, d2, d3] = [1, 2, 3].map((n) => syntheticDossier(n)) as [
  ReturnType<typeof syntheticDossier>,
  ReturnType<typeof syntheticDossier>,
  ReturnType<typeof syntheticDossier>,
];

/**
 * Three seats, two alternates; seat 1 declines and the first alternate takes it; the room meets on two
 * days; seat 2 declares a conflict on dossier 3; dossiers 1 and 2 tie exactly at the cut (one place) and a
 * vote of the room settles it; dossier 3 is never graded; the results are published.
 */
function fullProcess(): LogBuilder {
  const builder = invitedProcess({
    processId: 'pv-test',
    title: 'Jury citoyen de Lyon',
    seats: 3,
    alternates: 2,
    shortlistMax: 1,
    poolSize: 8,
    witnesses: [{ label: 'Camille Martin (mairie)', secret: 'camille' }],
  });
  builder
    .then((s) => decideAnswer(s, 1, 'decline', builder.now(), DAY))
    .then((s) => decideAnswer(s, 1, 'accept', builder.now(), DAY))
    .then((s) => decideAnswer(s, 2, 'accept', builder.now(), DAY))
    .then((s) => decideAnswer(s, 3, 'accept', builder.now(), DAY))
    .then((s) => decideDossiers(s, { cohort: 'Cohorte test', dossiers: [d1, d2, d3] }))
    .then((s) =>
      decideOpenRoom(s, DEFAULT_SCALE, false, { quorum: 2, tieResolution: 'room-vote' }),
    );
  // First session: seats 1 and 2 arrive, dossier 1 is examined.
  builder.wait(10 * DAY);
  builder.then((s) => decideSeat(s, 1)).then((s) => decideSeat(s, 2));
  builder.then((s) => decideConflict(s, 2, d3.id));
  grade(builder, d1.id, [1, 2]);
  // Second session, the next day: seat 3 arrives, dossier 2 is examined.
  builder.wait(DAY);
  builder.then((s) => decideSeat(s, 3));
  grade(builder, d2.id, [1, 2, 3], [3]);
  builder.then((s) => decideTieVote(s, { [d1.id]: 2, [d2.id]: 1 }));
  builder.then((s) => decidePublish(s));
  return builder;
}

/** Every listed seat grades the dossier "très bien" on every criterion, except the absent ones. */
function grade(builder: LogBuilder, dossierId: string, seats: number[], absent: number[] = []) {
  builder
    .then((s) => decideMove(s, dossierId))
    .then((s) => decidePhase(s, 'presentation', () => []))
    .then((s) => decidePhase(s, 'scoring', () => []))
    .then((s) =>
      decidePhase(s, 'reveal', (_id, roundNumber, eligible) =>
        eligible
          .filter((seat) => seats.includes(seat) && !absent.includes(seat))
          .map((seat) => {
            const ballot: BallotContent = {
              dossierId,
              round: roundNumber,
              grades: Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.id, 'tres-bien'])),
              nonce: sha256HexOfText(`${dossierId}/${seat}`).slice(0, 32),
            };
            return { seat, ballot };
          }),
      ),
    );
}

const section = (pv: ProcesVerbal, id: string) => {
  const found = pv.sections.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no section ${id}`);
  return found;
};
const table = (pv: ProcesVerbal, id: string) => {
  for (const s of pv.sections)
    for (const block of s.blocks) if (block.kind === 'table' && block.id === id) return block;
  throw new Error(`no table ${id}`);
};
const allText = (pv: ProcesVerbal): string => JSON.stringify(pv);
const facts = (block: PvBlock | undefined) =>
  block?.kind === 'facts' ? Object.fromEntries(block.facts.map((f) => [f.term, f.value])) : {};

describe('the procès-verbal of a whole process', () => {
  const builder = fullProcess();
  const state = builder.current;
  const pv = buildProcesVerbal(state, builder.log, {
    language: 'fr',
    bundleSha256: 'b'.repeat(64),
  });
  const selection = drawSelection(state.record);
  const [drawnSeat1, firstAlternate] = [selection[0]!, selection[3]!];

  it('is final once the results are published, and says when', () => {
    expect(pv.isFinal).toBe(true);
    expect(pv.title).toBe('Procès-verbal des opérations');
    expect(pv.processTitle).toBe('Jury citoyen de Lyon');
    expect(pv.header.find((f) => f.term === 'État')?.value).toMatch(
      /^Résultats publiés le \d+ septembre 2023 à \d\d:\d\d, heure de Paris\.$/,
    );
    expect(pv.sections.map((s) => s.title)).toEqual([
      '1. Le tirage au sort',
      '2. Désistements et remplacements',
      '3. Présence aux séances',
      '4. Conflits d’intérêts déclarés',
      '5. La règle de décision',
      '6. Les résultats',
      '7. Égalités et cas signalés',
      '8. Preuve',
      '9. Signatures',
    ]);
    expect(pv.pageLabel).toBe('page {n} / {total}');
  });

  it('records the draw: commitment, translated sources, seed, seats and alternates', () => {
    const draw = section(pv, 'pv-draw');
    const commitment = facts(draw.blocks[0]);
    expect(commitment['Empreinte SHA-256 de l’engagement']).toBe(state.commitment!.commitmentHash);
    expect(commitment['Volontaires dans le vivier']).toBe('8');
    expect(table(pv, 'pv-sources').rows.map((row) => row[1])).toEqual([
      'secret de l’organisateur',
      'témoin : Camille Martin (mairie)',
      `tour drand quicknet n° ${new Intl.NumberFormat('fr-FR').format(round.round)}`,
    ]);
    // The drand round was produced before the draw: "produit le", with its zone.
    expect(table(pv, 'pv-sources').rows[2]![2]).toMatch(/^produit le .*, heure de Paris$/);
    expect(table(pv, 'pv-sources').rows[1]![3]).toBe('camille');
    expect(facts(draw.blocks[2])['Graine']).toBe(state.record!.seed);
    expect(table(pv, 'pv-seats').rows).toEqual(
      selection.slice(0, 3).map((pick) => [String(pick.rank), pick.id, String(pick.rank)]),
    );
    expect(table(pv, 'pv-alternates').rows).toEqual([
      ['4', firstAlternate.id, '1'],
      ['5', selection[4]!.id, 'non appelé·e'],
    ]);
  });

  it('records the decline and the replacement with their dates', () => {
    const declineEvent = builder.log.find((e) => e.type === 'invitation.declined')!;
    const acceptEvent = builder.log.find(
      (e) =>
        e.type === 'invitation.accepted' && (e.payload as { id: string }).id === firstAlternate.id,
    )!;
    const row = table(pv, 'pv-changes').rows;
    expect(row).toHaveLength(1);
    expect(row[0]).toEqual([
      new Intl.DateTimeFormat('fr-FR', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Paris',
      }).format(new Date(declineEvent.at)) + ', heure de Paris',
      '1',
      drawnSeat1.id,
      'désistement',
      `${firstAlternate.id} (rang 4)`,
      expect.stringMatching(/^a accepté le /),
    ]);
    expect(acceptEvent).toBeDefined();
    expect(table(pv, 'pv-final').rows.map((r) => r.slice(0, 3))).toEqual([
      ['1', firstAlternate.id, 'a accepté'],
      ['2', selection[1]!.id, 'a accepté'],
      ['3', selection[2]!.id, 'a accepté'],
    ]);
  });

  it('counts attendance per session, one session per day the room met', () => {
    const sessions = table(pv, 'pv-sessions').rows;
    expect(sessions).toHaveLength(2);
    expect(sessions[0]![2]).toBe('sièges 1, 2');
    expect(sessions[0]![3]).toBe('2 / 3');
    expect(sessions[0]![4]).toBe(`Projet 1 (${d1.id})`);
    expect(sessions[1]![2]).toBe('sièges 3');
    expect(sessions[1]![3]).toBe('3 / 3');
    expect(sessions[1]![1]).toMatch(/^de \d\d:\d\d, heure de Paris à \d\d:\d\d, heure de Paris$/);
    const agenda = table(pv, 'pv-agenda').rows;
    expect(agenda.map((row) => row[0])).toEqual([`Projet 1 (${d1.id})`, `Projet 2 (${d2.id})`]);
    expect(agenda[1]!.every((cell) => cell !== '—')).toBe(true);
    const participation = table(pv, 'pv-participation').rows;
    // Dossier 2: three seated, none conflicted, seat 3 sealed no ballot.
    expect(participation[1]).toEqual([`Projet 2 (${d2.id})`, '1', '2', '2', 'aucun', '1']);
  });

  it('lists conflicts by dossier and seat, never their reasons', () => {
    expect(table(pv, 'pv-conflict-list').rows).toEqual([
      [`Projet 3 (${d3.id})`, '2', expect.stringMatching(/heure de Paris$/)],
    ]);
  });

  it('states the rule, the results, the settled tie and the flagged cases', () => {
    expect(facts(section(pv, 'pv-rule').blocks[0])['Quorum']).toBe(
      '2 juré·es éligibles au moins par dossier',
    );
    const results = section(pv, 'pv-results');
    expect(facts(results.blocks[0])['Dossiers retenus']).toBe(`Projet 1 (${d1.id})`);
    const ranking = table(pv, 'pv-ranking');
    expect(ranking.columns.map((c) => c.label)).toContain('Très bien');
    expect(ranking.rows.map((r) => [r[0], r[1], r[2], r.at(-1)])).toEqual([
      [`Projet 1 (${d1.id})`, '1', 'Très bien', 'oui'],
      [`Projet 2 (${d2.id})`, '1', 'Très bien', 'non'],
    ]);
    const flags = section(pv, 'pv-flags').blocks[0];
    expect(flags?.kind).toBe('list');
    const items = flags?.kind === 'list' ? flags.items : [];
    expect(items[0]).toMatch(
      /^Égalité exacte à la limite entre Projet 1 .*, Projet 2 .*, pour 1 place\(s\)\. Tranchée par un vote de la salle consigné le .* heure de Paris \(AIC-2026-001 : 2, AIC-2026-002 : 1\) ; retenu\(s\) : Projet 1/,
    );
    expect(items[1]).toBe(`1 dossier(s) non noté(s) par le jury : ${d3.id}.`);
  });

  it('ends with the proof and three signature blocks', () => {
    const proof = facts(section(pv, 'pv-proof').blocks[1]);
    expect(proof['Empreinte SHA-256 du dossier d’audit']).toBe('b'.repeat(64));
    expect(proof['Empreinte des résultats consignée dans le journal']).toBe(
      state.outcome.published!.resultsHash,
    );
    const signatures = section(pv, 'pv-signatures').blocks[0];
    expect(signatures?.kind === 'signatures' && signatures.signatories.map((s) => s.role)).toEqual([
      'L’animateur·rice de la séance',
      'L’organisateur',
      'L’observateur·rice indépendant·e (par exemple un commissaire de justice)',
    ]);
  });

  it('is written in English on request, with the same figures', () => {
    const english = buildProcesVerbal(state, builder.log, { language: 'en' });
    expect(english.title).toBe('Record of proceedings');
    expect(table(english, 'pv-sources').rows[0]![1]).toBe('organiser’s secret');
    expect(table(english, 'pv-changes').rows[0]![3]).toBe('declined');
    expect(table(english, 'pv-seats').rows).toEqual(table(pv, 'pv-seats').rows);
    expect(allText(english)).not.toMatch(/heure de Paris|désistement/);
  });

  it('is provisional before publication, and says a future drand round is awaited', () => {
    const beforePublication = builder.log.slice(0, -1);
    const folded = foldProcess(beforePublication);
    const provisional = buildProcesVerbal(folded!, beforePublication, { language: 'fr' });
    expect(provisional.isFinal).toBe(false);
    expect(provisional.header[2]!.value).toMatch(/^Résultats non publiés/);
    // Committed, not yet drawn, the round still in the future.
    const committedLog = builder.log.slice(0, 3);
    const committed = foldProcess(committedLog);
    const early = buildProcesVerbal(committed!, committedLog, {
      language: 'fr',
      now: new Date(Date.parse(committedLog[2]!.at)),
    });
    expect(table(early, 'pv-sources').rows[2]![2]).toMatch(/^attendu le /);
    expect(table(early, 'pv-sources').rows[0]![3]).toBe('en attente');
    expect(early.sections[0]!.blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'Le tirage n’a pas encore eu lieu.',
    });
  });
});
