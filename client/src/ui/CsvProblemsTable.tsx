import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import type { ErrorDetails } from '../../../shared/errors';
import { ScrollTable } from './ScrollTable';

type Problems = NonNullable<ErrorDetails['problems']>;

/** Problem codes of server/import/volunteersCsv.ts, explained in the interface language. */
const PROBLEM_KEYS: Partial<Record<string, MessageKey>> = {
  INVALID_UTF8: 'organiser.csv.code.invalidUtf8',
  EMPTY_FILE: 'organiser.csv.code.emptyFile',
  CSV_SYNTAX: 'organiser.csv.code.syntax',
  EMPTY_HEADER: 'organiser.csv.code.emptyHeader',
  DUPLICATE_HEADER: 'organiser.csv.code.duplicateHeader',
  MISSING_COLUMN: 'organiser.csv.code.missingColumn',
  BAD_HEADER: 'organiser.csv.code.badHeader',
  NO_ROWS: 'organiser.csv.code.noRows',
  FIELD_COUNT: 'organiser.csv.code.fieldCount',
  REQUIRED: 'organiser.csv.code.required',
  INVALID: 'organiser.csv.code.invalid',
  DUPLICATE: 'organiser.csv.code.duplicate',
  TOO_LONG: 'organiser.csv.code.tooLong',
};

/** Every problem the server found in a rejected CSV, with where it is; focusable from the error summary. */
export function CsvProblemsTable({
  id,
  problems,
  total,
}: {
  id: string;
  problems: Problems;
  total: number;
}) {
  const { t } = useI18n();
  return (
    <ScrollTable label={t('organiser.csv.caption', { total })} isMultiline>
      <table className="csv-problems" id={id} tabIndex={-1}>
        <caption>
          {t('organiser.csv.caption', { total })}{' '}
          {problems.length < total && t('organiser.csv.partial', { shown: problems.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('organiser.csv.line')}</th>
            <th scope="col">{t('organiser.csv.column')}</th>
            <th scope="col">{t('organiser.csv.field')}</th>
            <th scope="col">{t('organiser.csv.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, i) => {
            const key = PROBLEM_KEYS[problem.code];
            return (
              <tr key={`${problem.line}-${problem.column ?? ''}-${i}`}>
                <th scope="row">{problem.line ?? '—'}</th>
                <td>{problem.column ?? t('organiser.csv.unknown')}</td>
                <td>{problem.field ?? t('organiser.csv.unknown')}</td>
                <td>{key === undefined ? problem.code : t(key)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
