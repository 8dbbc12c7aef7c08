import type { SensitivityEntry } from '../../../shared/scoring/results';
import { useI18n } from '../i18n/useI18n';
import type { ResultsView } from '../../../shared/scoring/resultsView';
import { ScrollTable } from '../ui/ScrollTable';

/** The top places under each method side by side: shown to judge robustness, never decisive. */
export function SensitivityTable({
  view,
  zScore,
}: {
  view: ResultsView;
  zScore: readonly SensitivityEntry[] | null;
}) {
  const { t } = useI18n();
  const titles = new Map(view.dossiers.map((d) => [d.id, d.title]));
  const columns: { key: string; label: string; entries: readonly SensitivityEntry[] | null }[] = [
    {
      key: 'mj',
      label: t('results.sensitivity.mj'),
      entries: view.results.sensitivity.majorityJudgment,
    },
    {
      key: 'mean',
      label: t('results.sensitivity.mean'),
      entries: view.results.sensitivity.weightedMean,
    },
    { key: 'z', label: t('results.sensitivity.z'), entries: zScore },
  ];
  const rows = Math.max(...columns.map((c) => c.entries?.length ?? 0));
  const cell = (entries: readonly SensitivityEntry[] | null, i: number) => {
    if (entries === null) return i === 0 ? t('results.sensitivity.zUnavailable') : '';
    const entry = entries[i];
    return entry === undefined
      ? ''
      : `${entry.rank}. ${titles.get(entry.dossierId) ?? entry.dossierId}`;
  };
  return (
    // Wider than a phone: it scrolls in its own box, a focusable region, so the keyboard can scroll it.
    <ScrollTable
      isBordered
      isMultiline
      size="md"
      label={t('results.sensitivity.caption')}
      className="fr-mb-3w"
    >
      <table className="sensitivity-table">
        <caption>{t('results.sensitivity.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.col.place')}</th>
            {columns.map((c) => (
              <th scope="col" key={c.key}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              {columns.map((c) => (
                <td key={c.key}>{cell(c.entries, i)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
