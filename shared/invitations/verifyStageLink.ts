// Verifies the link between the two stages of a civic lottery: the stage-two record (a kleroterion-draw or
// kleroterion-stratified record) names the stage-one record it drew from, that record verifies on its own,
// the published response counts agree with it, and everyone stage two picked (and, given the stage-two
// pool, everyone in it) was invited at stage one. Spec: docs/lottery-spec.md, section 18.

import { DrawRecord } from '../lottery/protocol';
import { verifyRecord } from '../lottery/verifyRecord';
import { StratifiedRecord } from '../stratify/stratifiedProtocol';
import type { Check, VerificationReport } from '../verificationReport';
import { verifyInvitations } from './verifyInvitations';
import {
  StageOneLink,
  invitedByStratum,
  parseStageOneRecord,
  stageOneRecordHash,
  type StageOneResponses,
} from './stageLink';

export interface VerifyStageLinkOptions {
  /** The stage-two pool's ids (a draw's pool, or a stratified draw's respondents), when held. */
  pool?: readonly string[];
}

/** Whom stage two picked: a draw's seats and alternates, or a stratified panel and its replacements. */
function pickedIds(record: DrawRecord | StratifiedRecord): string[] {
  if ('selection' in record) return record.selection.map((p) => p.id);
  return [
    ...record.members.map((m) => m.id),
    ...record.alternates.flatMap((a) => a.replacements.map((r) => r.id)),
  ];
}

const poolSizeOf = (record: DrawRecord | StratifiedRecord): number =>
  'selection' in record ? record.commitment.poolSize : record.commitment.respondentCount;

const stratumLabel = (name: string) =>
  name === '' ? 'the register' : `stratum ${JSON.stringify(name)}`;

/** What is wrong with the published responses, given what stage one invited; empty when they agree. */
function responseProblems(
  responses: readonly StageOneResponses[],
  invited: readonly { stratum: string; ids: readonly string[] }[],
  poolSize: number,
): string[] {
  const problems: string[] = [];
  if (
    responses.length !== invited.length ||
    responses.some((r, i) => r.stratum !== invited[i]!.stratum)
  )
    return [
      `the responses name ${responses.map((r) => JSON.stringify(r.stratum)).join(', ')}, not stage one's strata in order (${invited.map((s) => JSON.stringify(s.stratum)).join(', ')})`,
    ];
  responses.forEach((r, i) => {
    const sent = invited[i]!.ids.length;
    if (r.invited !== sent)
      problems.push(
        `${stratumLabel(r.stratum)}: ${r.invited} invited published, stage one invited ${sent}`,
      );
    if (r.registered > r.invited)
      problems.push(
        `${stratumLabel(r.stratum)}: ${r.registered} registered out of ${r.invited} invited`,
      );
  });
  const registered = responses.reduce((sum, r) => sum + r.registered, 0);
  if (registered !== poolSize)
    problems.push(`${registered} registrations published, but the stage-two pool has ${poolSize}`);
  return problems;
}

export function verifyStageLink(
  stageTwoInput: unknown,
  stageOneInput: unknown,
  options: VerifyStageLinkOptions = {},
): VerificationReport {
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail: string): boolean => {
    checks.push({ number: checks.length + 1, name, ok, detail });
    return ok;
  };
  const done = (): VerificationReport => ({ ok: checks.every((c) => c.ok), checks });

  const draw = DrawRecord.safeParse(stageTwoInput);
  const stratified = StratifiedRecord.safeParse(stageTwoInput);
  const stageTwo = draw.success ? draw.data : stratified.success ? stratified.data : undefined;
  const declared = StageOneLink.safeParse(
    (stageTwoInput as { commitment?: { stageOne?: unknown } } | null)?.commitment?.stageOne,
  );
  if (
    !add(
      'stage-one-link',
      stageTwo !== undefined && declared.success,
      stageTwo === undefined
        ? 'the stage-two record is not a well-formed kleroterion-draw or kleroterion-stratified record'
        : declared.success
          ? `the stage-two commitment names stage one's record ${declared.data.recordHash}`
          : 'the stage-two commitment has no well-formed stageOne field ({recordHash, responses})',
    ) ||
    stageTwo === undefined ||
    !declared.success
  )
    return done();
  const link = declared.data;

  const hash = stageOneRecordHash(stageOneInput);
  add(
    'stage-one-record-hash',
    hash === link.recordHash,
    hash === link.recordHash
      ? `SHA-256(JCS(stage-one record)) = ${hash}, as the stage-two commitment names it`
      : `this stage-one record hashes to ${hash}, the stage-two commitment names ${link.recordHash}`,
  );
  const stageOne = parseStageOneRecord(stageOneInput);
  const own =
    stageOne !== undefined && 'strata' in stageOne
      ? verifyInvitations(stageOneInput)
      : verifyRecord(stageOneInput);
  for (const check of own.checks) add(`stage-one/${check.name}`, check.ok, check.detail);
  if (stageOne === undefined) return done();

  const invited = invitedByStratum(stageOne);
  const poolSize = poolSizeOf(stageTwo);
  const problems = responseProblems(link.responses, invited, poolSize);
  add(
    'stage-one-responses',
    problems.length === 0,
    problems.length === 0
      ? link.responses
          .map((r) => `${stratumLabel(r.stratum)}: ${r.registered} of ${r.invited} registered`)
          .join('; ')
      : problems.join('; '),
  );

  const stratumOf = new Map<string, string>();
  for (const { stratum, ids } of invited) for (const id of ids) stratumOf.set(id, stratum);
  const picked = pickedIds(stageTwo);
  const stranger = picked.find((id) => !stratumOf.has(id));
  add(
    'stage-one-selected',
    stranger === undefined,
    stranger === undefined
      ? `all ${picked.length} people stage two picked were invited at stage one`
      : `${JSON.stringify(stranger)}, picked at stage two, was never invited at stage one`,
  );

  if (options.pool !== undefined) {
    const { pool } = options;
    const outsider = pool.find((id) => !stratumOf.has(id));
    const counts = new Map<string, number>();
    for (const id of pool) {
      const stratum = stratumOf.get(id);
      if (stratum !== undefined) counts.set(stratum, (counts.get(stratum) ?? 0) + 1);
    }
    const miscounted = link.responses.find((r) => (counts.get(r.stratum) ?? 0) !== r.registered);
    add(
      'stage-one-pool',
      outsider === undefined && miscounted === undefined && pool.length === poolSize,
      outsider !== undefined
        ? `${JSON.stringify(outsider)}, in the stage-two pool, was never invited at stage one`
        : pool.length !== poolSize
          ? `the pool given has ${pool.length} ids, the stage-two commitment ${poolSize}`
          : miscounted !== undefined
            ? `${stratumLabel(miscounted.stratum)}: the pool holds ${counts.get(miscounted.stratum) ?? 0} of its invitees, ${miscounted.registered} published`
            : `all ${pool.length} ids of the stage-two pool were invited at stage one, as many per stratum as published`,
    );
  }
  return done();
}
