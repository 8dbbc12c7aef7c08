import { describe, expect, it } from 'vitest';
import invitationsVector from '../../fixtures/vectors/kleroterion-invitations-1.json';
import { vectorRecord } from '../../fixtures/vectors/vectorRecord';
import { utf8ToBytes } from '../crypto/bytes';
import { canonicalize } from '../crypto/jcs';
import { MAJORITY_GRADES } from '../scoring/gradingScale';
import { decidePublish } from '../scoring/resultCommands';
import { syntheticDeliberation } from '../testing/syntheticProcess';
import { buildBundle } from './bundle';
import { recogniseArtefact, recogniseJson } from './recogniseArtefact';

const bytesOf = (value: unknown) => utf8ToBytes(`${canonicalize(value)}\n`);

function genuineBundle() {
  const { builder } = syntheticDeliberation({
    dossiers: 2,
    graded: 2,
    grade: (dossier, seat) => MAJORITY_GRADES[(dossier + seat) % 7]!,
  });
  builder.then(decidePublish);
  return buildBundle(builder.current, builder.log, null);
}

const stratifiedShape = {
  protocol: 'kleroterion-stratified/1',
  commitment: { protocol: 'kleroterion-stratified/1' },
  panelIndex: 3,
};
const lotteryShape = {
  algorithm: 'leximin',
  panelSize: 2,
  panelCount: 1,
  respondents: 2,
  panels: [[0, 1]],
  probabilities: [1, 1],
};

describe('recognising a public artefact', () => {
  it('recognises each artefact by its identifying field', () => {
    const kindOf = (value: unknown) => {
      const recognition = recogniseArtefact(bytesOf(value));
      return recognition.isArtefact ? recognition.kind : recognition.reason;
    };
    expect(kindOf(vectorRecord)).toBe('draw-record');
    expect(kindOf(stratifiedShape)).toBe('stratified-record');
    expect(kindOf(lotteryShape)).toBe('lottery');
    expect(kindOf(genuineBundle())).toBe('audit-bundle');
  });

  it('keeps a tampered artefact in its kind, so that its own verifier names the failing check', () => {
    const kindOf = (value: unknown) => {
      const recognition = recogniseJson(value);
      return recognition.isArtefact ? recognition.kind : recognition.reason;
    };
    expect(kindOf({ ...vectorRecord, seed: 'not a seed', extra: 1 })).toBe('draw-record');
    expect(kindOf({ ...vectorRecord, selection: undefined })).toBe('draw-record');
    expect(kindOf({ ...lotteryShape, probabilities: 'doctored' })).toBe('lottery');
    expect(kindOf({ ...genuineBundle(), log: [] })).toBe('audit-bundle');
  });

  it('recognises a stage-one invitations record, tampered or not, and tells its commitment apart', () => {
    const kindOf = (value: unknown) => {
      const recognition = recogniseJson(value);
      return recognition.isArtefact ? recognition.kind : recognition.reason;
    };
    expect(kindOf(invitationsVector.record)).toBe('invitations-record');
    expect(kindOf({ ...invitationsVector.record, strata: 'doctored' })).toBe('invitations-record');
    expect(kindOf(invitationsVector.commitment)).toBe('commitment');
  });

  it('returns the parsed JSON with the kind, so that the file is read once', () => {
    const recognition = recogniseArtefact(bytesOf(vectorRecord));
    expect(recognition.isArtefact && recognition.json).toEqual(vectorRecord);
  });

  it('explains the files of other kinds instead of failing them', () => {
    const reasonOf = (bytes: Uint8Array) => {
      const recognition = recogniseArtefact(bytes);
      return recognition.isArtefact ? recognition.kind : recognition.reason;
    };
    expect(reasonOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]))).toBe('not-text');
    expect(reasonOf(utf8ToBytes('\uFEFFdossier;titre\r\nAIC-1;Jardins\r\n'))).toBe('csv');
    expect(reasonOf(utf8ToBytes('dossier,titre\nAIC-1,Jardins\n'))).toBe('csv');
    expect(reasonOf(utf8ToBytes('Bonjour, voici le fichier'))).toBe('not-json');
    expect(reasonOf(bytesOf({ hello: 'world' }))).toBe('unidentified');
    expect(reasonOf(bytesOf([1, 2, 3]))).toBe('unidentified');
    expect(reasonOf(bytesOf('a string'))).toBe('unidentified');
    expect(reasonOf(bytesOf(null))).toBe('unidentified');
    expect(reasonOf(bytesOf(vectorRecord.commitment))).toBe('commitment');
    const receipt = {
      protocol: 'kleroterion-draw/1',
      process: 'p1',
      poolRoot: vectorRecord.commitment.poolRoot,
      poolSize: 5,
      id: 'V-01',
      index: 0,
      proof: [],
      url: 'http://localhost/p/p1',
    };
    expect(reasonOf(bytesOf(receipt))).toBe('receipt');
    expect(reasonOf(bytesOf({ name: 'A', email: 'a@example.org', receipt }))).toBe('receipt');
    expect(reasonOf(bytesOf([{ name: 'A', email: 'a@example.org', receipt }]))).toBe('receipt');
    expect(reasonOf(bytesOf(genuineBundle().log))).toBe('event-log');
  });

  it('names a Kleroterion protocol it does not know, such as a later version', () => {
    const recognition = recogniseJson({ ...vectorRecord, protocol: 'kleroterion-draw/3' });
    expect(recognition).toEqual({
      isArtefact: false,
      reason: 'unknown-protocol',
      protocol: 'kleroterion-draw/3',
    });
  });

  it('recognises a kleroterion-draw/2 record (timelock sources) as a draw record', () => {
    const recognition = recogniseJson({ ...vectorRecord, protocol: 'kleroterion-draw/2' });
    expect(recognition).toMatchObject({ isArtefact: true, kind: 'draw-record' });
  });
});
