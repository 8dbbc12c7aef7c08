// Private storage of a process's stratified option: the imported quotas, then the computed LOTTERY.json
// (canonical text and SHA-256), and what the commitment and the draw need from them and from the pool.

import { z } from 'zod';
import { sha256HexOfText } from '../../shared/crypto/hash';
import { canonicalize } from '../../shared/crypto/jcs';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { StratifiedPlan } from '../../shared/process/decideStratifiedCommit';
import type { ProcessState } from '../../shared/process/processState';
import type { Lottery } from '../../shared/stratify/lottery';
import { poolRespondents, type PoolVolunteer } from '../../shared/stratify/poolRespondents';
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

const StoredQuotas = z.strictObject({
  quotas: z.array(StratifiedQuota).min(1),
  lines: z.array(z.number().int().min(1)),
});

/** The LOTTERY.json fields the draw relies on. */
const StoredLottery = z.looseObject({
  format: z.literal('kleroterion-lottery/1'),
  panelSize: z.number().int().min(1),
  ids: z.array(z.string()),
  panels: z.array(z.array(z.number().int().min(0))).min(1),
});

interface Row {
  quotas_file: string;
  quotas: string;
  pool_root: string;
  imported_at: string;
  lottery: string | null;
  lottery_digest: string | null;
  stopped_early: number | null;
  computed_at: string | null;
}

export interface StoredStratification {
  quotasFile: string;
  quotas: Quota[];
  quotaLines: number[];
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
  const select = db.prepare('SELECT * FROM stratifications WHERE process_id = ?');
  const upsertQuotas = db.prepare(
    `INSERT INTO stratifications (process_id, quotas_file, quotas, pool_root, imported_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (process_id) DO UPDATE SET quotas_file = excluded.quotas_file,
       quotas = excluded.quotas, pool_root = excluded.pool_root, imported_at = excluded.imported_at,
       lottery = NULL, lottery_digest = NULL, stopped_early = NULL, computed_at = NULL`,
  );
  const updateLottery = db.prepare(
    `UPDATE stratifications SET lottery = ?, lottery_digest = ?, stopped_early = ?, computed_at = ?
     WHERE process_id = ? AND quotas = ?`,
  );
  const selectVolunteers = db.prepare(
    'SELECT pseudonym, line, attributes FROM volunteers WHERE process_id = ? ORDER BY pool_index',
  );

  function get(processId: string): StoredStratification | undefined {
    const row = select.get(processId) as Row | undefined;
    if (row === undefined) return undefined;
    const stored = StoredQuotas.parse(JSON.parse(row.quotas));
    return {
      quotasFile: row.quotas_file,
      quotas: stored.quotas,
      quotaLines: stored.lines,
      poolRoot: row.pool_root,
      importedAt: row.imported_at,
      lottery:
        row.lottery === null || row.lottery_digest === null || row.computed_at === null
          ? undefined
          : {
              text: row.lottery,
              digest: row.lottery_digest,
              stoppedEarly: row.stopped_early === 1,
              computedAt: row.computed_at,
            },
    };
  }

  function volunteers(processId: string): PoolVolunteer[] {
    return (
      selectVolunteers.all(processId) as { pseudonym: string; line: number; attributes: string }[]
    ).map((row) => ({
      id: row.pseudonym,
      line: row.line,
      attributes: JSON.parse(row.attributes) as Record<string, string>,
    }));
  }

  /** @throws {KleroterionError} CSV_INVALID when the quotas do not fit the pool. */
  function respondents(
    processId: string,
    state: ProcessState,
    quotas: readonly Quota[],
    lines: readonly number[],
    file: string,
  ): Respondent[] {
    return poolRespondents(
      quotas,
      lines,
      file,
      state.pool?.attributeColumns ?? [],
      volunteers(processId),
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
    ): void {
      upsertQuotas.run(
        processId,
        file,
        JSON.stringify({ quotas, lines }),
        poolRoot,
        at.toISOString(),
      );
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
      const changes = updateLottery.run(
        text,
        digest,
        stoppedEarly ? 1 : 0,
        at.toISOString(),
        processId,
        quotasJson,
      ).changes;
      return changes === 1 ? digest : undefined;
    },

    quotasJson(processId: string): string | undefined {
      return (select.get(processId) as Row | undefined)?.quotas;
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
