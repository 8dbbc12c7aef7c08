import { useEffect, useId, useRef, useState } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useI18n } from '../i18n/useI18n';
import { gradeLabel } from '../room/gradeLabel';
import { GRADE_COLOURS } from './gradeColours';
import type { ResultsView } from './resultsView';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** A graded dossier's grades per criterion (counts), chosen in a list; the table repeats the numbers. */
export function CriterionChart({ view }: { view: ResultsView }) {
  const { t, language } = useI18n();
  const id = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [chosen, setChosen] = useState(view.counts[0]?.dossierId ?? '');
  const entry = view.counts.find((c) => c.dossierId === chosen) ?? view.counts[0];
  const titles = new Map(view.dossiers.map((d) => [d.id, d.title]));
  useEffect(() => {
    if (canvas.current === null || entry === undefined) return undefined;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: view.criteria.map((c) => c.label),
        datasets: view.grades.map((grade, g) => ({
          label: gradeLabel(view.scale, grade, language),
          data: view.criteria.map((c) => entry.counts[c.id]?.[grade] ?? 0),
          backgroundColor: GRADE_COLOURS[g % GRADE_COLOURS.length] as string,
        })),
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } },
      },
    });
    return () => chart.destroy();
  }, [view, entry, language]);
  if (entry === undefined) return null;
  return (
    <div>
      <div className="field">
        <label htmlFor={`${id}-dossier`}>{t('results.criteria.choose')}</label>
        <select
          id={`${id}-dossier`}
          value={entry.dossierId}
          onChange={(event) => setChosen(event.target.value)}
        >
          {view.counts.map((c) => (
            <option key={c.dossierId} value={c.dossierId}>
              {titles.get(c.dossierId) ?? c.dossierId}
            </option>
          ))}
        </select>
      </div>
      <div className="chart-box">
        <canvas
          ref={canvas}
          role="img"
          aria-label={t('results.criteria.chart', {
            title: titles.get(entry.dossierId) ?? entry.dossierId,
          })}
        />
      </div>
      <div className="table-scroll">
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
      </div>
    </div>
  );
}
