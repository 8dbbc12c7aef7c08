import { useId, useMemo, useState } from 'react';
import { StackedBarChart } from '../charts/LazyStackedBarChart';
import { useI18n } from '../i18n/useI18n';
import { gradeLabel } from '../ui/gradeLabel';
import { GRADE_COLOURS } from './gradeColours';
import type { ResultsView } from '../../../shared/scoring/resultsView';
import { ScrollTable } from '../ui/ScrollTable';
import { Select } from '../ui/Select';

/**
 * A graded dossier's grades per criterion (counts), chosen in a list, on a scale from 0 to its number of
 * ballots; the table repeats the numbers.
 */
export function CriterionChart({ view }: { view: ResultsView }) {
  const { t, language } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState(view.counts[0]?.dossierId ?? '');
  const entry = view.counts.find((c) => c.dossierId === chosen) ?? view.counts[0];
  const titles = new Map(view.dossiers.map((d) => [d.id, d.title]));
  const labels = useMemo(() => view.criteria.map((c) => c.label), [view]);
  const datasets = useMemo(
    () =>
      entry === undefined
        ? []
        : view.grades.map((grade, g) => ({
            label: gradeLabel(view.scale, grade, language),
            data: view.criteria.map((c) => entry.counts[c.id]?.[grade] ?? 0),
            backgroundColor: GRADE_COLOURS[g % GRADE_COLOURS.length] as string,
          })),
    [view, entry, language],
  );
  // The axis ends at the number of ballots (abstentions leave a bar short of it), never at a total.
  const ballots =
    view.participation.find((p) => p.dossierId === entry?.dossierId && p.round === entry.round)
      ?.ballots ??
    Math.max(
      0,
      ...datasets.reduce<number[]>(
        (sums, d) => sums.map((sum, i) => sum + (d.data[i] ?? 0)),
        labels.map(() => 0),
      ),
    );
  if (entry === undefined) return null;
  return (
    <div>
      <Select
        id={`${id}-dossier`}
        label={t('results.criteria.choose')}
        className="chart-choice"
        value={entry.dossierId}
        onChange={(event) => setChosen(event.target.value)}
        options={view.counts.map((c) => ({
          value: c.dossierId,
          label: titles.get(c.dossierId) ?? c.dossierId,
        }))}
      />
      <StackedBarChart
        labels={labels}
        datasets={datasets}
        max={ballots}
        ariaLabel={t('results.criteria.chart', {
          title: titles.get(entry.dossierId) ?? entry.dossierId,
        })}
      />
      <ScrollTable
        isBordered
        isMultiline
        size="md"
        label={t('results.criteria.table', {
          title: titles.get(entry.dossierId) ?? entry.dossierId,
        })}
        className="fr-mb-3w"
      >
        <table>
          <caption>
            {t('results.criteria.table', { title: titles.get(entry.dossierId) ?? entry.dossierId })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('results.col.criterion')}</th>
              {view.grades.map((grade) => (
                <th scope="col" key={grade}>
                  {gradeLabel(view.scale, grade, language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.criteria.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.label}</th>
                {view.grades.map((grade) => (
                  <td key={grade}>{entry.counts[c.id]?.[grade] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
