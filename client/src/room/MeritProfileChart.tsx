import { useMemo } from 'react';
import { colors } from '@codegouvfr/react-dsfr/fr/colors';
import { useIsDark } from '@codegouvfr/react-dsfr/useIsDark';
import type { RevealedResult, RoomView } from '../../../shared/deliberation/roomView';
import { StackedBarChart } from '../charts/LazyStackedBarChart';
import { useI18n } from '../i18n/useI18n';
import { gradeLabel, scaleGrades } from '../ui/gradeLabel';

/**
 * Worst to best, from red through yellow to green, in the design system's colours for the current scheme
 * (a canvas cannot read CSS variables): each distinguishable and labelled in the legend and the table below.
 * A longer scale (0 to 10) continues in the system's blues and purples.
 */
function gradeColours(isDark: boolean): string[] {
  const { options } = colors.getHex({ isDark });
  return [
    options.error._425_625.default,
    options.orangeTerreBattue.main645.default,
    options.yellowTournesol.main731.default,
    options.beigeGrisGalet.main702.default,
    options.greenBourgeon.main640.default,
    options.greenEmeraude.main632.default,
    options.success._425_625.default,
    options.greenArchipel.main557.default,
    options.blueEcume.main400.default,
    options.purpleGlycine.main494.default,
    options.pinkTuile.main556.default,
  ];
}

/**
 * The merit profile: one horizontal stacked bar per criterion, grades worst to best, on a scale from 0 to
 * the number of ballots; then the dossier's pooled profile (every criterion's grades) on its own scale.
 * The same numbers are in the table that follows, for screen readers and for printing.
 */
export function MeritProfileChart({
  view,
  result,
  title,
  pooledLabel,
}: {
  view: RoomView;
  result: RevealedResult;
  title: string;
  /** Label of the pooled bar: the dossier's merit profile over every criterion. */
  pooledLabel: string;
}) {
  const { language } = useI18n();
  const { isDark } = useIsDark();
  const { perCriterion, pooled, labels } = useMemo(() => {
    const COLOURS = gradeColours(isDark);
    const grades = scaleGrades(view.scale);
    const labelOf = (grade: string) => gradeLabel(view.scale, grade, language);
    return {
      labels: view.criteria.map((criterion) => criterion.label),
      perCriterion: grades.map((grade, g) => ({
        label: labelOf(grade),
        data: view.criteria.map(
          (criterion) =>
            result.distributions.find((d) => d.criterionId === criterion.id)?.counts[g] ?? 0,
        ),
        backgroundColor: COLOURS[g % COLOURS.length] as string,
      })),
      pooled: grades.map((grade, g) => ({
        label: labelOf(grade),
        data: [result.distributions.reduce((sum, d) => sum + (d.counts[g] ?? 0), 0)],
        backgroundColor: COLOURS[g % COLOURS.length] as string,
      })),
    };
  }, [view.scale, view.criteria, result, language, isDark]);
  const pooledLabels = useMemo(() => [pooledLabel], [pooledLabel]);
  return (
    <>
      <StackedBarChart
        labels={labels}
        datasets={perCriterion}
        max={result.ballots}
        ariaLabel={title}
      />
      <StackedBarChart
        labels={pooledLabels}
        datasets={pooled}
        max={result.ballots * view.criteria.length}
        legend={false}
        ariaLabel={`${title} — ${pooledLabel}`}
      />
    </>
  );
}
