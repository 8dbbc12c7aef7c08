import { useI18n } from '../i18n/useI18n';
import { gradeLabel } from '../ui/gradeLabel';
import { titleOf, titlesOf, type ProcessResults } from './resultsTypes';
import { ScrollTable } from '../ui/ScrollTable';

/** Every dossier with its rank, majority grade and whether it is selected; then the selection in words. */
export function RankingTable({ results }: { results: ProcessResults }) {
  const { t, language } = useI18n();
  const { results: outcome, scale } = results;
  const caption = t('organiser.results.caption', {
    method: t(`organiser.results.method.${outcome.method}`),
  });
  return (
    <>
      {/* Scrolls sideways on a phone: focusable, so that the keyboard can scroll it too. */}
      <ScrollTable label={caption} isMultiline>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organiser.results.rank')}</th>
              <th scope="col">{t('organiser.results.dossier')}</th>
              <th scope="col">{t('organiser.results.majorityGrade')}</th>
              <th scope="col">{t('organiser.results.shortlisted')}</th>
            </tr>
          </thead>
          <tbody>
            {outcome.dossiers.map((dossier) => (
              <tr key={dossier.dossierId}>
                <td>{dossier.rank ?? t('organiser.results.none')}</td>
                <th scope="row">{titleOf(results, dossier.dossierId)}</th>
                <td>
                  {dossier.majorityGrade === null
                    ? t('organiser.results.none')
                    : gradeLabel(scale, dossier.majorityGrade, language)}
                </td>
                <td>
                  {dossier.shortlisted ? t('organiser.results.yes') : t('organiser.results.no')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p>
        {outcome.shortlist.length === 0
          ? t('organiser.results.shortlistEmpty')
          : t('organiser.results.shortlist', { list: titlesOf(results, outcome.shortlist) })}
      </p>
    </>
  );
}
