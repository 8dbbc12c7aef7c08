// The public verifier of a kleroterion-stratified/1 record: re-derives the seed, the panel index and
// the alternates from the committed inputs, checks the chosen panel's proof in the committed panel list,
// each member's features against the committed respondents tree, and the panel's quotas. Never throws.
// Spec: docs/stratification.md, section "Verifying".

import { canonicalize } from '../crypto/jcs';
import { verifyInclusion } from '../lottery/merkle';
import { compareUtf8 } from '../lottery/poolId';
import { describeIssues } from '../lottery/protocol';
import { openRandomStream, uniformInt } from '../lottery/randomStream';
import { checkReveal } from '../lottery/reveal';
import { commitmentHashOf, deriveSeed } from '../lottery/seed';
import type { Check, VerificationReport } from '../verificationReport';
import { bytesToHex } from '../crypto/bytes';
import { drawAlternates, treeRoot, type StratifiedTable } from './stratifiedDraw';
import {
  StratifiedRecord,
  panelLeaf,
  respondentLeaf,
  type RespondentProof,
} from './stratifiedProtocol';

export function verifyStratified(
  input: unknown,
  options: { table?: StratifiedTable } = {},
): VerificationReport {
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail: string) => (
    checks.push({ number: checks.length + 1, name, ok, detail }),
    ok
  );
  const done = () => ({ ok: checks.every((c) => c.ok), checks });

  const parsed = StratifiedRecord.safeParse(input);
  if (
    !add(
      'record-structure',
      parsed.success,
      parsed.success
        ? 'a well-formed kleroterion-stratified/1 record'
        : `malformed: ${describeIssues(parsed.error)}`,
    )
  )
    return done();
  const record = parsed.data!;
  const { commitment } = record;
  const rawCommitment = (input as { commitment: unknown }).commitment;
  const hash = commitmentHashOf(rawCommitment);
  add(
    'commitment-hash',
    hash === record.commitmentHash,
    `SHA-256 of the commitment's JCS form is ${hash}`,
  );
  add(
    'value-count',
    record.values.length === commitment.sources.length,
    `${record.values.length} values for ${commitment.sources.length} sources`,
  );
  commitment.sources.forEach((source, i) => {
    const outcome = checkReveal(source, i, record.values[i], record.beacons);
    add(`source-${i}`, outcome.ok, outcome.ok ? outcome.summary : outcome.problem);
  });
  const seed = deriveSeed(record.commitmentHash, record.values);
  add(
    'seed',
    bytesToHex(seed) === record.seed,
    `seed = SHA-256(JCS({commitmentHash, values})) = ${bytesToHex(seed)}`,
  );
  const stream = openRandomStream(seed);
  const index = uniformInt(stream, commitment.panelCount);
  add(
    'panel-index',
    index === record.panelIndex,
    `the stream's first uniform(${commitment.panelCount}) is ${index}`,
  );
  const ids = record.members.map((m) => m.id);
  const sortedDistinct = ids.every((id, i) => i === 0 || compareUtf8(ids[i - 1]!, id) < 0);
  add(
    'panel-proof',
    sortedDistinct &&
      verifyInclusion(
        panelLeaf(ids),
        record.panelIndex,
        commitment.panelCount,
        record.panelProof,
        commitment.panelsRoot,
      ),
    `panel ${record.panelIndex} of ${commitment.panelCount} (${ids.length} members) is in the committed panel list`,
  );
  const proven = (m: RespondentProof) =>
    verifyInclusion(
      respondentLeaf(m.id, m.features),
      m.index,
      commitment.respondentCount,
      m.proof,
      commitment.respondentsRoot,
    );
  const badMembers = record.members.filter((m) => !proven(m)).map((m) => m.id);
  add(
    'member-features',
    badMembers.length === 0,
    badMembers.length === 0
      ? `each member's features are in the committed respondents tree`
      : `not proven: ${badMembers.join(', ')}`,
  );
  const counts = new Map<string, number>();
  for (const m of record.members)
    for (const [category, feature] of Object.entries(m.features))
      counts.set(
        `${category}\u0000${feature}`,
        (counts.get(`${category}\u0000${feature}`) ?? 0) + 1,
      );
  const broken = commitment.quotas.filter((q) => {
    const n = counts.get(`${q.category}\u0000${q.feature}`) ?? 0;
    return n < q.min || n > q.max;
  });
  add(
    'panel-quotas',
    ids.length === commitment.panelSize && broken.length === 0,
    broken.length === 0
      ? `${ids.length} members, every one of the ${commitment.quotas.length} quotas met`
      : `quotas broken: ${broken.map((q) => `${q.category}/${q.feature}`).join(', ')}`,
  );
  // Alternates: each of the same type as its seat, proven, off the panel, called once.
  const seen = new Set(ids);
  let alternatesOk = record.alternates.length === record.members.length;
  record.alternates.forEach((entry, s) => {
    const seat = record.members[s];
    if (seat === undefined || entry.seat !== seat.id) alternatesOk = false;
    for (const r of entry.replacements) {
      if (
        seen.has(r.id) ||
        !proven(r) ||
        canonicalize(r.features) !== canonicalize(seat?.features ?? {})
      )
        alternatesOk = false;
      seen.add(r.id);
    }
  });
  add(
    'alternates',
    alternatesOk,
    'every alternate has its seat’s features (so every quota still holds), is proven, off the panel and called once',
  );
  if (options.table !== undefined) {
    const root = treeRoot(options.table.tree);
    add(
      'respondents-root',
      root === commitment.respondentsRoot &&
        options.table.respondents.length === commitment.respondentCount,
      `the respondents table given has root ${root}`,
    );
    const expected = drawAlternates(stream, options.table, ids, commitment.alternatesPerSeat);
    const given = record.alternates.map((a) => ({
      seat: a.seat,
      replacements: a.replacements.map((r) => r.id),
    }));
    add(
      'alternates-draw',
      canonicalize(expected) === canonicalize(given),
      'the alternates are the ones the stream draws from the respondents table',
    );
  }
  return done();
}
