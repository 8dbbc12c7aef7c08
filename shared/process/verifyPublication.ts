// Verifies everything a process page publishes: the event chain, that every transition in it is legal,
// and, once drawn, the draw record and its agreement with the log.
// Spec: docs/event-log.md, section "Verifying a process".

import { canonicalize } from '../crypto/jcs';
import { verifyChain, type ChainedEvent } from '../events/eventChain';
import { WithheldEntry } from '../events/publicLogEntry';
import { verifyRecordBytes } from '../stratify/verifyRecordBytes';
import type { Check, VerificationReport } from '../verificationReport';
import type { TimelockOpening } from '../lottery/timelock';
import { foldProcess, InvalidEventError, type ProcessState } from './processState';

/**
 * @param log the public log as parsed JSON (any value: a malformed log is a failed check, not an exception)
 * @param recordBytes the published record file, when the process has been drawn
 * @param timelockOpenings the record's timelock sources opened beforehand (openRecordTimelocksInBytes)
 */
export function verifyPublication(
  processId: string,
  log: unknown,
  recordBytes: Uint8Array | undefined,
  timelockOpenings?: ReadonlyMap<number, TimelockOpening>,
): VerificationReport {
  const checks: Omit<Check, 'number'>[] = [];
  const add = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });

  // A confidential deliberation in progress: the log ends with withheld entries, checked apart below.
  const all: unknown[] = Array.isArray(log) ? log : [null];
  const firstWithheld = all.findIndex((entry) => WithheldEntry.safeParse(entry).success);
  const released = firstWithheld < 0 ? all : all.slice(0, firstWithheld);
  const withheld = firstWithheld < 0 ? [] : all.slice(firstWithheld);
  const events = Array.isArray(log) ? (released as ChainedEvent[]) : [];
  const chain = verifyChain(released);
  add(
    'log-chain',
    chain.ok,
    chain.ok
      ? `${chain.length} events, each hash-linked to the previous one; head ${chain.head}`
      : chain.problem,
  );

  let state: ProcessState | undefined;
  if (chain.ok) {
    try {
      state = foldProcess(events);
      add(
        'log-transitions',
        state !== undefined,
        state === undefined
          ? 'the log is empty'
          : `every event is a legal step of the ceremony; status ${state.status}`,
      );
    } catch (error) {
      add(
        'log-transitions',
        false,
        error instanceof InvalidEventError ? error.message : 'the log cannot be replayed',
      );
    }
  }
  if (state !== undefined)
    add('log-process', state.id === processId, `the log belongs to process ${state.id}`);
  if (withheld.length > 0) {
    const isContiguous = withheld.every(
      (entry, i) =>
        WithheldEntry.safeParse(entry).success &&
        (entry as WithheldEntry).seq === released.length + i + 1,
    );
    const isConfidential =
      state?.room?.confidential === true && state.outcome.published === undefined;
    const head = withheld[withheld.length - 1] as WithheldEntry;
    add(
      'log-withheld',
      isContiguous && isConfidential,
      !isConfidential
        ? 'events are withheld although the log opened no confidential deliberation'
        : isContiguous
          ? `${withheld.length} event(s) of the confidential deliberation are withheld until the results are published; head ${head.hash} (event ${head.seq})`
          : 'the withheld entries do not continue the log event by event',
    );
  }

  if (state?.record !== undefined) {
    if (recordBytes === undefined)
      add('record-present', false, 'the log says the process was drawn, but no record was given');
    else {
      const report = verifyRecordBytes(
        recordBytes,
        timelockOpenings === undefined ? {} : { timelockOpenings },
      );
      for (const check of report.checks) add(check.name, check.ok, check.detail);
      let published: unknown;
      try {
        published = JSON.parse(new TextDecoder().decode(recordBytes));
      } catch {
        published = undefined;
      }
      const same =
        published !== undefined && canonicalize(published) === canonicalize(state.record);
      add(
        'log-record',
        same,
        same
          ? 'the record file is the one in the log’s draw event'
          : 'the record file differs from the record in the log',
      );
      const committed =
        state.commitment !== undefined &&
        canonicalize(state.commitment.commitment) === canonicalize(state.record.commitment);
      add(
        'log-commitment',
        committed,
        committed
          ? `the record's commitment is the one published at ${state.commitment?.committedAt}`
          : 'the record’s commitment differs from the one published before the draw',
      );
    }
  }
  const numbered = checks.map((check, i) => ({ ...check, number: i + 1 }));
  return { ok: numbered.every((check) => check.ok), checks: numbered };
}
