// Test helper: a kleroterion-stratified/1 record over a computed lottery, committed to one public value
// (no beacon) and drawn from it, the way the organiser console does it but without a process around it.

import {
  panelsTree,
  respondentsTable,
  stratifiedRecord,
  treeRoot,
} from '../../shared/stratify/stratifiedDraw';
import {
  STRATIFIED_PROTOCOL,
  type StratifiedCommitment,
} from '../../shared/stratify/stratifiedProtocol';

/** What a computed lottery (LOTTERY.json, or `stratify`'s result) gives the commitment. */
export interface ComputedPanels {
  /** Respondent ids, in the lottery's row order. */
  ids: readonly string[];
  /** Each panel as rows of `ids`. */
  panels: readonly (readonly number[])[];
  quotas: StratifiedCommitment['quotas'];
}

/** The record, with the respondents' table and the panels as ids, which verifiers of the record need. */
export function recordOfLottery(plan: {
  lottery: ComputedPanels;
  /** The features of the respondent at `row` of the lottery. */
  featuresOf: (id: string, row: number) => Record<string, string>;
  panelSize: number;
  publicValue: { label: string; value: string };
}) {
  const { lottery } = plan;
  const table = respondentsTable(
    lottery.ids.map((id, row) => ({ id, features: plan.featuresOf(id, row) })),
  );
  const panels = lottery.panels.map((rows) => rows.map((row) => lottery.ids[row]!));
  const commitment: StratifiedCommitment = {
    protocol: STRATIFIED_PROTOCOL,
    respondentsRoot: treeRoot(table.tree),
    respondentCount: lottery.ids.length,
    quotas: lottery.quotas,
    panelSize: plan.panelSize,
    panelsRoot: treeRoot(panelsTree(panels)),
    panelCount: panels.length,
    alternatesPerSeat: 1,
    sources: [{ label: plan.publicValue.label }],
  };
  const record = stratifiedRecord({
    commitment,
    values: [plan.publicValue.value],
    beacons: [],
    table,
    panels,
  });
  return { record, table, panels };
}
