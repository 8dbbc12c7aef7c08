import { useId } from 'react';
import type { PublicStageOneCommitment } from '../../../shared/api/groups/registration.contract';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { apiPath } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { ScrollTable } from '../ui/ScrollTable';
import { TechnicalDetails } from './TechnicalDetails';
import { formatCount } from '../ui/formatPercent';

/** The link to stage one's commitment as published (canonical JSON), from the moment it is made. */
export function StageOneCommitmentLink({ processId }: { processId: string }) {
  const { t } = useI18n();
  return (
    <p>
      <a
        className="fr-link fr-link--download"
        href={apiPath('publicRegistration.stageOneCommitmentFile', { params: { id: processId } })}
        download
      >
        {t('public.stageOne.commitmentDownload')}
      </a>
    </p>
  );
}

/**
 * Stage one committed and not yet drawn, on the process's public page: k, its spread by stratum, the
 * drand round it waits for, the commitment's hash and file, published before any value is known.
 */
export function StageOneCommitmentPanel({
  processId,
  commitment,
}: {
  processId: string;
  commitment: PublicStageOneCommitment;
}) {
  const { t, language } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="fr-mb-4w">
      <h2 id={headingId}>{t('public.stageOne.committedHeading')}</h2>
      <p>
        {t('public.stageOne.committed', {
          invitations: formatCount(commitment.invitations, language),
          date: formatDateTime(commitment.committedAt, language),
          round:
            commitment.drandRound === null ? '—' : formatCount(commitment.drandRound, language),
        })}
      </p>
      {commitment.strata.length > 0 && (
        <ScrollTable
          isBordered
          size="md"
          label={t('public.table.scroll', { caption: t('public.stageOne.committedStrata') })}
          className="fr-mb-3w"
        >
          <table>
            <caption>{t('public.stageOne.committedStrata')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('public.stageOne.stratum')}</th>
                <th scope="col">{t('public.stageOne.entries')}</th>
                <th scope="col">{t('public.stageOne.invitations')}</th>
              </tr>
            </thead>
            <tbody>
              {commitment.strata.map((s) => (
                <tr key={s.name}>
                  <th scope="row">{s.name}</th>
                  <td>{formatCount(s.poolSize, language)}</td>
                  <td>{formatCount(s.invitations, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <StageOneCommitmentLink processId={processId} />
      <TechnicalDetails>
        <dl className="facts">
          <dt>{t('public.stageOne.protocol')}</dt>
          <dd>
            <code>{commitment.protocol}</code>
          </dd>
          <dt>{t('public.stageOne.commitmentHash')}</dt>
          <dd>
            <code className="hash">{commitment.commitmentHash}</code>
          </dd>
        </dl>
      </TechnicalDetails>
    </section>
  );
}
