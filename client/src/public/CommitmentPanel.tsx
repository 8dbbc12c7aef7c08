import type { PublicView } from '../../../shared/process/publicView';
import { useI18n } from '../i18n/useI18n';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { formatNumber } from '../../../shared/format/formatNumber';
import { describeSource } from '../../../shared/lottery/describeSource';
import { DrandRoundTime } from '../ui/DrandRoundTime';
import { TechnicalDetails } from './TechnicalDetails';

/** The pool and what was committed before the randomness existed, with each source's reveal. */
export function CommitmentPanel({ view }: { view: PublicView }) {
  const { t, language } = useI18n();
  const commitment = view.commitment;
  return (
    <>
      <section aria-labelledby="pool-heading">
        <h2 id="pool-heading">{t('public.pool')}</h2>
        <p>{t('public.pool.explain')}</p>
        {view.pool === undefined ? (
          <p>{t('public.pool.none')}</p>
        ) : (
          <>
            <dl className="facts">
              <dt>{t('public.pool.size')}</dt>
              <dd>{formatNumber(view.pool.size, language)}</dd>
            </dl>
            <TechnicalDetails>
              <dl className="facts">
                <dt>{t('public.pool.root')}</dt>
                <dd>
                  <code className="hash">{view.pool.root}</code>
                </dd>
              </dl>
              <p className="fr-text--sm">{t('public.pool.root.explain')}</p>
            </TechnicalDetails>
          </>
        )}
      </section>
      <section aria-labelledby="commitment-heading">
        <h2 id="commitment-heading">{t('public.commitment')}</h2>
        <p>{t('public.commitment.explain')}</p>
        {commitment === undefined ? (
          <p>{t('public.commitment.none')}</p>
        ) : (
          <>
            <dl className="facts">
              <dt>{t('public.commitment.at')}</dt>
              <dd>{formatDateTime(commitment.committedAt, language)}</dd>
              <dt>{t('public.commitment.seats')}</dt>
              <dd>
                {t('public.commitment.seatsValue', {
                  seats: commitment.commitment.seats,
                  alternates: commitment.commitment.alternates,
                })}
              </dd>
            </dl>
            <TechnicalDetails>
              <dl className="facts">
                <dt>{t('public.commitment.hash')}</dt>
                <dd>
                  <code className="hash" data-testid="commitment-hash">
                    {commitment.commitmentHash}
                  </code>
                </dd>
              </dl>
              <p className="fr-text--sm">{t('public.commitment.hash.explain')}</p>
            </TechnicalDetails>
            <h3>{t('public.sources')}</h3>
            <p>{t('public.sources.explain')}</p>
            <ol className="sources">
              {commitment.commitment.sources.map((source, i) => {
                const value = view.values[i];
                const kind =
                  source.beacon !== undefined ? (
                    <DrandRoundTime round={source.beacon.round} />
                  ) : source.commitment !== undefined ? (
                    t('public.source.secret', { hash: source.commitment.slice(0, 16) }) +
                    (source.optional === true ? ` — ${t('public.source.optional')}` : '')
                  ) : (
                    t('public.source.public')
                  );
                return (
                  <li key={source.label}>
                    <strong>{describeSource(source, language)}</strong>
                    {t('punct.colon')} {kind}
                    <br />
                    {value === undefined || !value.revealed ? (
                      view.record !== undefined ? (
                        t('public.source.null')
                      ) : (
                        t('public.source.pending')
                      )
                    ) : value.value === null ? (
                      t('public.source.null')
                    ) : (
                      <>
                        {t('public.source.revealed', { value: '' })}
                        <code className="hash">{value.value}</code>
                      </>
                    )}
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </section>
    </>
  );
}
