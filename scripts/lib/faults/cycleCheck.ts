// After a crash and restart: counts the acknowledged actions the server lost or holds twice, reading the
// process's public log (ballots are published at the reveal) and every chain in the database file.

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { canonicalize } from '../../../shared/crypto/jcs';
import { verifyChain, type ChainedEvent } from '../../../shared/events/eventChain';
import { RoomEventType } from '../../../shared/deliberation/roomEvents';
import { verifyStoredChains } from '../../../server/store/verifyStoredChains';
import type { AckedAction } from './facilitator';
import type { JurorLedger } from './scriptedJuror';

export interface CycleVerdict {
  lost: number;
  duplicated: number;
  /** Chains in the database and whether the process's public log verifies. */
  chains: number;
  events: number;
  problems: string[];
}

const sameJson = (a: unknown, b: unknown) => canonicalize(a) === canonicalize(b);

/**
 * `actions` are the facilitator's acknowledged actions of this dossier; every juror's last acknowledged
 * ballot on `dossierId` must be among the revealed ballots exactly once.
 */
export async function checkCycle(input: {
  url: string;
  dataDir: string;
  processId: string;
  dossierId: string;
  ledgers: readonly JurorLedger[];
  actions: readonly AckedAction[];
}): Promise<CycleVerdict> {
  const problems: string[] = [];
  let lost = 0;
  let duplicated = 0;
  const response = await fetch(`${input.url}/api/public/processes/${input.processId}/log.json`);
  const log = (await response.json()) as ChainedEvent[];
  const verdict = verifyChain(log);
  if (!verdict.ok) problems.push(`public log: ${verdict.problem}`);

  const reveals = log.filter(
    (event) =>
      event.type === RoomEventType.BallotsRevealed &&
      (event.payload as { dossierId: string }).dossierId === input.dossierId,
  );
  if (reveals.length !== 1) problems.push(`${reveals.length} reveals of ${input.dossierId}`);
  duplicated += Math.max(0, reveals.length - 1);
  const revealed = reveals.flatMap(
    (event) => (event.payload as { ballots: { nonce: string }[] }).ballots,
  );
  const occurrences = new Map<string, number>();
  for (const { nonce } of revealed) occurrences.set(nonce, (occurrences.get(nonce) ?? 0) + 1);
  for (const ledger of input.ledgers) {
    for (const miss of ledger.lost.filter((entry) => entry.dossierId === input.dossierId)) {
      lost++;
      problems.push(
        `seat ${ledger.seat}: kept ${miss.found ?? 'nothing'} instead of ${miss.expected}`,
      );
    }
    const acked = ledger.acked.get(input.dossierId) ?? [];
    const last = acked[acked.length - 1];
    if (last === undefined) continue;
    const count = occurrences.get(last) ?? 0;
    if (count === 0) {
      lost++;
      problems.push(`seat ${ledger.seat}: last acknowledged ballot not revealed`);
    }
    duplicated += Math.max(0, count - 1);
  }
  if (revealed.length > input.ledgers.length) {
    duplicated += revealed.length - input.ledgers.length;
    problems.push(`${revealed.length} ballots revealed for ${input.ledgers.length} seats`);
  }

  for (const action of input.actions) {
    const count = log.filter(
      (event) => event.type === action.type && sameJson(event.payload, action.payload),
    ).length;
    if (count === 0) {
      lost++;
      problems.push(`acknowledged ${action.type} ${JSON.stringify(action.payload)} missing`);
    }
    duplicated += Math.max(0, count - 1);
  }

  const stored = readStoredChains(input.dataDir);
  for (const failure of stored.failures)
    problems.push(`${failure.kind} ${failure.id}: ${failure.problem}`);
  return { lost, duplicated, chains: stored.chains.length, events: stored.events, problems };
}

/** Verifies every chain of the data folder's database, read-only (the server may be running). */
export function readStoredChains(dataDir: string): ReturnType<typeof verifyStoredChains> {
  const db = new Database(join(dataDir, 'kleroterion.sqlite'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    return verifyStoredChains(db);
  } finally {
    db.close();
  }
}
