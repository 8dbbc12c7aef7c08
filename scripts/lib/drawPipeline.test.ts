import { existsSync, readFileSync, statSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256HexOfText } from '../../shared/crypto/hash';
import { canonicalize } from '../../shared/crypto/jcs';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { Commitment } from '../../shared/lottery/protocol';
import { scratchFolder } from '../testing/runScript';
import { commitStep, revealStep } from './drawPipeline';

const folder = scratchFolder();
afterAll(() => folder.dispose());
const now = new Date('2026-11-22T18:00:00.123Z');

describe('commitStep', () => {
  it('gives the CLI its committedAt to the second and its sources, then writes the secret and the commitment', async () => {
    const out = folder.path('c1.json');
    const secretFile = folder.path('s1.json');
    let declared: unknown;
    await commitStep({ 'organiser-secret': secretFile, public: ['loto'], out }, now, (given) => {
      declared = given;
      return { kind: 'test', ...given };
    });
    const secret = JSON.parse(readFileSync(secretFile, 'utf8')) as { value: string };
    expect(declared).toEqual({
      committedAt: '2026-11-22T18:00:00Z',
      sources: [
        { label: 'organiser secret', commitment: sha256HexOfText(secret.value) },
        { label: 'loto' },
      ],
    });
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toBe(
      `${canonicalize({ kind: 'test', ...(declared as object) })}\n`,
    );
  });

  it('touches no file when the CLI cannot build its commitment', async () => {
    const out = folder.path('c2.json');
    const secretFile = folder.path('s2.json');
    const refused = commitStep({ 'organiser-secret': secretFile, out }, now, () => {
      throw new KleroterionError(ErrorCode.InvalidArgument, 'no pool');
    });
    await expect(refused).rejects.toThrow('no pool');
    expect(existsSync(secretFile)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it('takes --committed-at instead of now', async () => {
    const out = folder.path('c3.json');
    await commitStep(
      { public: ['loto'], 'committed-at': '2026-01-02T03:04:05+01:00', out },
      now,
      (given) => given,
    );
    expect(JSON.parse(readFileSync(out, 'utf8')).committedAt).toBe('2026-01-02T02:04:05Z');
  });
});

describe('revealStep', () => {
  const published = {
    protocol: 'kleroterion-draw/1',
    poolRoot: 'a'.repeat(64),
    poolSize: 3,
    seats: 1,
    alternates: 0,
    sources: [
      { label: 'loto' },
      { label: 'witness: Anne', commitment: 'b'.repeat(64), optional: true },
    ],
  };
  const commitmentFile = folder.write('published.json', JSON.stringify(published));

  it('checks the inputs against the commitment before the reveals, then writes the record from them', async () => {
    const out = folder.path('r1.json');
    const steps: string[] = [];
    await revealStep(
      { commitment: commitmentFile, value: ['loto=1 2 3'], out },
      Commitment,
      (commitment) => {
        steps.push(`load ${commitment.seats}`);
        return { pool: ['x', 'y', 'z'] };
      },
      (revealed) => {
        steps.push('record');
        return { raw: revealed.raw, inputs: revealed.inputs, values: revealed.values };
      },
    );
    expect(steps).toEqual(['load 1', 'record']);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({
      raw: published,
      inputs: { pool: ['x', 'y', 'z'] },
      values: ['1 2 3', null],
    });
  });

  it('refuses a malformed commitment; an input that differs from it is named before any missing value, and nothing is written', async () => {
    const bad = folder.write('bad.json', JSON.stringify({ ...published, seats: 0 }));
    await expect(
      revealStep(
        { commitment: bad },
        Commitment,
        () => undefined,
        () => ({}),
      ),
    ).rejects.toMatchObject({ code: ErrorCode.CommitmentMalformed });
    const out = folder.path('r2.json');
    await expect(
      revealStep(
        { commitment: commitmentFile, out },
        Commitment,
        () => {
          throw new KleroterionError(ErrorCode.CommitmentMalformed, 'pool differs');
        },
        () => ({}),
      ),
    ).rejects.toThrow('pool differs');
    expect(existsSync(out)).toBe(false);
  });
});
