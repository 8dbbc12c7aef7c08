// A process's stratified option: the imported quotas, then the computed LOTTERY.json (canonical text and
// SHA-256), and what the commitment and the draw need from them and from the pool. The rows are kept by
// server/repositories/stratificationsRepository.ts and volunteersRepository.ts.

import { z } from 'zod';
import { sha256HexOfText } from '../../shared/crypto/hash';
import { canonicalize } from '../../shared/crypto/jcs';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { StratifiedPlan } from '../../shared/process/decideStratifiedCommit';
import type { ProcessState } from '../../shared/process/processState';
import type { Lottery } from '../../shared/stratify/lottery';
import { poolRespondents } from '../../shared/stratify/poolRespondents';
import type { QuotaFlex } from '../../shared/stratify/quotaFlex';
import type { Quota } from '../../shared/stratify/quotas';
import type { Respondent } from '../../shared/stratify/respondents';
import {
  panelsTree,
  respondentsTable,
  treeRoot,
  type StratifiedTable,
} from '../../shared/stratify/stratifiedDraw';
import { StratifiedQuota } from '../../shared/stratify/stratifiedProtocol';
import type { Db } from '../db/openDatabase';
import { createStratificationsRepository } from '../repositories/stratificationsRepository';
import { createVolunteersRepository } from '../repositories/volunteersRepository';

const StoredQuotas = z.strictObject({
  quotas: z.array(StratifiedQuota).min(1),
  lines: z.array(z.number().int().min(1)),
  // min_flex and max_flex, one per quota, when the quotas file had them (absent in older rows).
  flex: z
    .array(
      z.strictObject({
        minFlex: z.number().int().min(0),
        maxFlex: z.number().int().min(0).optional(),
      }),
    )
    .optional(),
});

/** The LOTTERY.json fields the draw relies on. */
const StoredLottery = z.looseObject({
  format: z.literal('kleroterion-lottery/1'),
  panelSize: z.number().int().min(1),
  ids: z.array(z.string()),
  panels: z.array(z.array(z.number().int().min(0))).min(1),
});

export interface StoredStratification {
  quotasFile: string;
  quotas: Quota[];
  quotaLines: number[];
  quotaFlex: QuotaFlex[] | undefined;
  poolRoot: string;
  importedAt: string;
  lottery: { text: string; digest: string; stoppedEarly: boolean; computedAt: string } | undefined;
}

/** The lottery with its panels as ids, the respondents' table and the roots the commitment names. */
export interface MaterialisedLottery {
  plan: StratifiedPlan;
  table: StratifiedTable;
  panels: string[][];
}

export const lotteryDigest = (text: string): string => sha256HexOfText(text);

export function createStratificationStore(db: Db) {
  const rows = createStratificationsRepository(db);
  const volunteers = createVolunteersRepository(db);

  function get(processId: string): StoredStratification | undefined {
    const row = rows.find(processId);
    if (row === undefined) return undefined;
    const stored = StoredQuotas.parse(JSON.parse(row.quotasJson));
    return {
      quotasFile: row.quotasFile,
      quotas: stored.quotas,
      quotaLines: stored.lines,
      quotaFlex: stored.flex?.map((f) => ({ minFlex: f.minFlex, maxFlex: f.maxFlex })),
      poolRoot: row.poolRoot,
      importedAt: row.importedAt,
      lottery:
        row.lottery === null || row.lotteryDigest === null || row.computedAt === null
          ? undefined
          : {
              text: row.lottery,
              digest: row.lotteryDigest,
              stoppedEarly: row.stoppedEarly === true,
              computedAt: row.computedAt,
            },
    };
  }

  /** @throws {KleroterionError} CSV_INVALID when the quotas do not fit the pool. */
  function respondents(
    processId: string,
    state: ProcessState,
    quotas: readonly Quota[],
    lines: readonly number[],
    file: string,
    householdColumns: readonly string[] = [],
  ): Respondent[] {
    return poolRespondents(
      quotas,
      lines,
      file,
      state.pool?.attributeColumns ?? [],
      volunteers.pool(processId),
      householdColumns,
    );
  }

  return {
    get,
    respondents,

    /** Replaces the quotas and forgets any lottery computed from the previous ones. */
    saveQuotas(
      processId: string,
      file: string,
      quotas: readonly Quota[],
      lines: readonly number[],
      poolRoot: string,
      at: Date,
      flex?: readonly QuotaFlex[],
    ): void {
      rows.saveQuotas(processId, {
        file,
        json: JSON.stringify({ quotas, lines, ...(flex === undefined ? {} : { flex }) }),
        poolRoot,
        importedAt: at.toISOString(),
      });
    },

    /**
     * Stores a computed lottery, unless the quotas changed meanwhile. Returns its digest, or undefined
     * when the quotas it was computed from were replaced.
     */
    saveLottery(
      processId: string,
      quotasJson: string,
      lottery: Lottery,
      stoppedEarly: boolean,
      at: Date,
    ): string | undefined {
      const text = `${canonicalize(lottery)}\n`;
      const digest = lotteryDigest(text);
      const stored = rows.saveLottery(processId, quotasJson, {
        text,
        digest,
        stoppedEarly,
        computedAt: at.toISOString(),
      });
      return stored ? digest : undefined;
    },

    quotasJson(processId: string): string | undefined {
      return rows.find(processId)?.quotasJson;
    },

    /**
     * The stored lottery over the current pool, as the commitment and the draw need it.
     * @throws {KleroterionError} TRANSITION_REFUSED when there is no lottery or it is not over this pool.
     */
    materialise(processId: string, state: ProcessState): MaterialisedLottery {
      const stored = get(processId);
      if (stored?.lottery === undefined)
        throw new KleroterionError(
          ErrorCode.TransitionRefused,
          'no stratified lottery: import quotas and compute it first',
        );
      if (stored.poolRoot !== state.pool?.root)
        throw new KleroterionError(
          ErrorCode.TransitionRefused,
          'the volunteers changed since the quotas were imported: import the quotas again',
        );
      const lottery = StoredLottery.parse(JSON.parse(stored.lottery.text));
      const people = respondents(
        processId,
        state,
        stored.quotas,
        stored.quotaLines,
        stored.quotasFile,
      );
      if (people.map((r) => r.id).join('\n') !== lottery.ids.join('\n'))
        throw new KleroterionError(
          ErrorCode.TransitionRefused,
          'the lottery is not over the current pool: compute it again',
        );
      const table = respondentsTable(people.map((r) => ({ id: r.id, features: r.features })));
      const panels = lottery.panels.map((panel) => panel.map((row) => lottery.ids[row] as string));
      return {
        plan: {
          respondentsRoot: treeRoot(table.tree),
          respondentCount: table.respondents.length,
          quotas: stored.quotas,
          panelSize: lottery.panelSize,
          panelsRoot: treeRoot(panelsTree(panels)),
          panelCount: panels.length,
        },
        table,
        panels,
      };
    },
  };
}

export type StratificationStore = ReturnType<typeof createStratificationStore>;
