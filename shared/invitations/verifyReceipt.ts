// Checks a volunteer's receipt against public data only: stage two against the published pool root and size
// (the stage-two commitment's), stage one against the stage-one record that commitment names by its hash.
// Spec: docs/lottery-spec.md, section 18 "The volunteer's receipt".

import { PastedReceipt, RECEIPT_VERSION_STAGES, ReceiptStageOne } from '../api/receipt';
import { verifyInclusion } from '../lottery/merkle';
import type { Check, VerificationReport } from '../verificationReport';
import { parseStageOneRecord, stageOneRecordHash, type StageOneRecord } from './stageLink';

/**
 * What stage two publishes that a receipt is checked against: the pool's root and size and, when the pool
 * came from a stage one, the `stageOne` link naming that stage's record (a commitment has all three).
 */
export interface PublishedStageTwo {
  poolRoot: string;
  poolSize: number;
  stageOne?: unknown;
}

/** The report, and what it established for a plain-language verdict. */
export interface ReceiptReport extends VerificationReport {
  /** The receipt's id, position and the pool's size, when its proof places it in the published pool. */
  pool?: { id: string; index: number; size: number };
  /**
   * Present when the stage-two commitment names a stage one (or the receipt claims one): where the id was
   * invited when every stage-one check passed, `'not-invited'` when the named record does not hold the id,
   * `'failed'` otherwise.
   */
  stageOne?: { stratum: string; rank: number; invitations: number } | 'not-invited' | 'failed';
}

/** One stage-one invitation as the record holds it. */
interface Invitation {
  stratum: string;
  rank: number;
  index: number;
  id: string;
  proof: string[];
}

/** Each stratum's committed pool (a plain draw's one pool is the stratum `""`) and its invitations. */
function poolsOf(
  record: StageOneRecord,
): Map<string, { root: string; size: number; invitations: number }> {
  if ('strata' in record)
    return new Map(
      record.commitment.strata.map((s) => [
        s.name,
        { root: s.poolRoot, size: s.poolSize, invitations: s.invitations },
      ]),
    );
  const { poolRoot, poolSize } = record.commitment;
  return new Map([['', { root: poolRoot, size: poolSize, invitations: record.selection.length }]]);
}

/** Every invitation of a stage-one record, stratum by stratum, in rank order. */
function invitationsOf(record: StageOneRecord): Invitation[] {
  if ('strata' in record)
    return record.strata.flatMap((stratum) =>
      stratum.selection.map((p) => ({ stratum: stratum.name, ...p })),
    );
  return record.selection.map(({ rank, index, id, proof }) => ({
    stratum: '',
    rank,
    index,
    id,
    proof,
  }));
}

const stratumLabel = (name: string) =>
  name === '' ? 'the register' : `stratum ${JSON.stringify(name)}`;

const HEX32 = /^[0-9a-f]{64}$/;

/** The stage-two part of what is published, or a reason it cannot serve. */
function readStageTwo(input: unknown): PublishedStageTwo | string {
  const published = input as Partial<PublishedStageTwo> | null | undefined;
  if (typeof published?.poolRoot !== 'string' || !HEX32.test(published.poolRoot))
    return 'the published stage two has no pool root (64 lowercase hex digits)';
  if (!Number.isSafeInteger(published.poolSize) || (published.poolSize as number) < 1)
    return 'the published stage two has no pool size (an integer ≥ 1)';
  return published as PublishedStageTwo;
}

/**
 * Checks `receiptInput` (a receipt object as issued or pasted) against what stage two publishes (its
 * commitment, or the pool's root and size before one exists) and, when that commitment names a stage one,
 * against `stageOneInput`, the stage-one record. The receipt's own root, size and hashes are never the
 * reference: they are claims compared with the published ones. Never throws.
 */
export function verifyReceipt(
  receiptInput: unknown,
  stageTwoInput: unknown,
  stageOneInput?: unknown,
): ReceiptReport {
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail: string): boolean => {
    checks.push({ number: checks.length + 1, name, ok, detail });
    return ok;
  };
  const report: ReceiptReport = { ok: false, checks };
  const done = (): ReceiptReport => ({ ...report, ok: checks.every((c) => c.ok) });

  // 1. The receipt: an id, a position and a path; a known version; a well-formed stage-one part.
  const pasted = PastedReceipt.safeParse(receiptInput);
  const part =
    pasted.success && pasted.data.stageOne !== undefined
      ? ReceiptStageOne.safeParse(pasted.data.stageOne)
      : undefined;
  const version = pasted.success ? pasted.data.version : undefined;
  const isKnownVersion =
    version === undefined || version === 1 || version === RECEIPT_VERSION_STAGES;
  if (
    !add(
      'receipt',
      pasted.success && isKnownVersion && part?.success !== false,
      !pasted.success
        ? `the receipt lacks its id, its position (index) or its proof, or a field is of the wrong type (${pasted.error.issues.map((i) => `${i.path.join('.') || 'receipt'}: ${i.message}`).join('; ')})`
        : !isKnownVersion
          ? `receipt version ${JSON.stringify(version)} is not one this checker knows (1 or ${RECEIPT_VERSION_STAGES})`
          : part?.success === false
            ? `the receipt's stage-one part is malformed (${part.error.issues.map((i) => `${i.path.join('.') || 'stageOne'}: ${i.message}`).join('; ')})`
            : part === undefined
              ? `id ${JSON.stringify(pasted.data.id)}, position ${pasted.data.index}, without a stage-one part`
              : `id ${JSON.stringify(pasted.data.id)}, position ${pasted.data.index}, invited at stage one (${stratumLabel(part.data.stratum)}, rank ${part.data.rank})`,
    ) ||
    !pasted.success
  )
    return done();
  const receipt = pasted.data;
  const claimed = part?.success === true ? part.data : undefined;

  // 2. Stage two: the path places the id at its position under the published root, for the published size.
  const stageTwo = readStageTwo(stageTwoInput);
  if (typeof stageTwo === 'string') {
    add('pool-proof', false, stageTwo);
    return done();
  }
  const isInPool = verifyInclusion(
    receipt.id,
    receipt.index,
    stageTwo.poolSize,
    receipt.proof,
    stageTwo.poolRoot,
  );
  add(
    'pool-proof',
    isInPool,
    isInPool
      ? `the proof places ${JSON.stringify(receipt.id)} at position ${receipt.index} of the published pool of ${stageTwo.poolSize} (root ${stageTwo.poolRoot})`
      : `the proof does not place ${JSON.stringify(receipt.id)} at position ${receipt.index} under the published pool root ${stageTwo.poolRoot} (size ${stageTwo.poolSize})`,
  );
  if (isInPool) report.pool = { id: receipt.id, index: receipt.index, size: stageTwo.poolSize };

  // 3. Stage one, when the commitment names one (or the receipt claims one).
  const named = stageTwo.stageOne as { recordHash?: unknown } | undefined;
  const recordHash =
    typeof named?.recordHash === 'string' && HEX32.test(named.recordHash)
      ? named.recordHash
      : undefined;
  if (recordHash === undefined && claimed === undefined) return done();
  report.stageOne = 'failed';
  if (
    !add(
      'stage-one-commitment',
      recordHash !== undefined && (claimed === undefined || claimed.recordHash === recordHash),
      recordHash === undefined
        ? `the receipt names stage-one record ${claimed!.recordHash}, but the stage-two commitment names no stage one`
        : claimed === undefined
          ? `the stage-two commitment names stage-one record ${recordHash}; the receipt has no stage-one part, so its id is looked up in that record`
          : claimed.recordHash === recordHash
            ? `the receipt names stage-one record ${recordHash}, as the stage-two commitment does`
            : `the receipt names stage-one record ${claimed.recordHash}, the stage-two commitment names ${recordHash}`,
    ) ||
    recordHash === undefined
  )
    return done();

  // 4. The stage-one record given is the one the commitment names, and a stage-one record.
  const record = stageOneInput === undefined ? undefined : parseStageOneRecord(stageOneInput);
  const hash = stageOneInput === undefined ? undefined : stageOneRecordHash(stageOneInput);
  if (
    !add(
      'stage-one-record',
      record !== undefined && hash === recordHash,
      stageOneInput === undefined
        ? 'no stage-one record was given'
        : hash !== recordHash
          ? `the stage-one record given hashes to ${hash}, the stage-two commitment names ${recordHash}`
          : record === undefined
            ? 'the stage-one record is not a well-formed kleroterion-invitations or kleroterion-draw record'
            : `SHA-256(JCS(stage-one record)) = ${hash}, as the stage-two commitment names it`,
    ) ||
    record === undefined
  )
    return done();

  // 5. The id was invited, where the receipt says (or, for a receipt without a stage-one part, anywhere).
  const invitations = invitationsOf(record);
  const pools = poolsOf(record);
  const invited = invitations.find((p) => p.id === receipt.id);
  const where = (p: Pick<Invitation, 'stratum' | 'rank' | 'index'>) =>
    `${stratumLabel(p.stratum)}, rank ${p.rank}, index ${p.index}`;
  const isPlaced =
    invited !== undefined &&
    (claimed === undefined ||
      (invited.stratum === claimed.stratum &&
        invited.rank === claimed.rank &&
        invited.index === claimed.index));
  add(
    'stage-one-invited',
    isPlaced,
    invited === undefined
      ? `${JSON.stringify(receipt.id)} was never invited at stage one: the stage-one record's selection does not hold it`
      : claimed !== undefined && !isPlaced
        ? `${JSON.stringify(receipt.id)} was invited at ${where(invited)}, not at ${pools.has(claimed.stratum) ? where(claimed) : `${stratumLabel(claimed.stratum)} (stage one has no such stratum)`} as the receipt says`
        : `${JSON.stringify(receipt.id)} was invited at stage one: ${where(invited)}, of ${pools.get(invited.stratum)!.invitations} invitations`,
  );

  // 6. The stage-one path places the id at its index under its stratum's committed root and size.
  const stratum = claimed?.stratum ?? invited?.stratum;
  const pool = stratum === undefined ? undefined : pools.get(stratum);
  const index = claimed?.index ?? invited?.index;
  const proof = claimed?.proof ?? invited?.proof;
  const isProven =
    pool !== undefined &&
    index !== undefined &&
    proof !== undefined &&
    verifyInclusion(receipt.id, index, pool.size, proof, pool.root);
  add(
    'stage-one-proof',
    isProven,
    pool === undefined || index === undefined
      ? `no committed pool of stage one to check ${JSON.stringify(receipt.id)} against`
      : isProven
        ? `the proof places ${JSON.stringify(receipt.id)} at index ${index} of ${stratumLabel(stratum!)}'s committed pool of ${pool.size} (root ${pool.root})`
        : `the proof does not place ${JSON.stringify(receipt.id)} at index ${index} under ${stratumLabel(stratum!)}'s committed root ${pool.root} (size ${pool.size})`,
  );
  if (invited === undefined) report.stageOne = 'not-invited';
  else if (isPlaced && isProven)
    report.stageOne = {
      stratum: invited.stratum,
      rank: invited.rank,
      invitations: pools.get(invited.stratum)!.invitations,
    };
  return done();
}
