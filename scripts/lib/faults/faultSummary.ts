// The totals of a fault run, as printed by `npm run test:faults`.

import type { FaultRunReport } from './runFaults';

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

export function summarise(report: FaultRunReport): string[] {
  const rows = report.cycles;
  const sum = (pick: (row: (typeof rows)[number]) => number) =>
    rows.reduce((total, row) => total + pick(row), 0);
  const resume = rows.map((row) => row.resumeMs);
  const restart = rows.map((row) => row.restartMs);
  return [
    `totals: ${rows.length} cycles, ${sum((r) => r.acknowledged)} actions acknowledged, ${sum((r) => r.lost)} lost, ${sum((r) => r.duplicated)} duplicated`,
    `restart (kill -9 → listening): p50 ${percentile(restart, 50).toFixed(0)} ms, max ${Math.max(0, ...restart).toFixed(0)} ms`,
    `resume (listening → all 15 jurors acknowledged again): p50 ${percentile(resume, 50).toFixed(0)} ms, max ${Math.max(0, ...resume).toFixed(0)} ms`,
    ...(report.backup === undefined
      ? []
      : [
          `${report.backup.name}: ${report.backup.problems.length === 0 ? 'ok' : 'FAILED'} (${report.backup.detail})`,
        ]),
    ...report.torn.map(
      (verdict) =>
        `torn write, ${verdict.name}: ${verdict.problems.length === 0 ? 'ok' : 'FAILED'} (${verdict.detail})`,
    ),
    report.problems.length === 0
      ? 'every invariant holds'
      : `${report.problems.length} broken invariants:\n  ${report.problems.join('\n  ')}`,
  ];
}
