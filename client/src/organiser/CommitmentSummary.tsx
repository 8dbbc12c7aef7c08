import { useI18n } from '../i18n/useI18n';
import type { ProcessState } from '../../../shared/process/processState';
import { DrandRoundInfo } from './DrandRoundInfo';
import { formatDateTime } from '../ui/formatDateTime';
import { describeSource } from '../../../shared/lottery/describeSource';
import type { Source } from '../../../shared/lottery/protocol';

/** What the summary reads of a commitment: the jury draw's, or stage one's (StageOneDrawSection). */
type Committed = Pick<NonNullable<ProcessState['commitment']>, 'commitmentHash' | 'committedAt'> & {
  commitment: { sources: readonly Source[] };
};

/** The published commitment: its hash, when it was made, and the sources it announced. */
export function CommitmentSummary({ commitment }: { commitment: Committed }) {
  const { t, language } = useI18n();
  return (
    <>
      <dl className="facts">
        <dt>{t('organiser.commit.hash')}</dt>
        <dd>
          <code className="hash">{commitment.commitmentHash}</code>
        </dd>
        <dt>{t('organiser.commit.committedAt')}</dt>
        <dd>{formatDateTime(commitment.committedAt, language)}</dd>
      </dl>
      <h3>{t('organiser.commit.sources')}</h3>
      <ol className="sources">
        {commitment.commitment.sources.map((source) => (
          <li key={source.label}>
            <span className="source-label">{describeSource(source, language)}</span>
            {' — '}
            {source.beacon !== undefined ? (
              <DrandRoundInfo round={source.beacon.round} />
            ) : source.commitment !== undefined ? (
              <>
                {t(
                  source.optional === true
                    ? 'organiser.commit.optionalSecret'
                    : 'organiser.commit.secret',
                )}{' '}
                <code className="hash">{source.commitment}</code>
              </>
            ) : (
              t('organiser.commit.publicValue')
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
