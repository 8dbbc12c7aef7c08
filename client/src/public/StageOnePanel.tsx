import { useEffect, useId, useState } from 'react';
import type {
  PublicStageOne,
  PublicStageOneCommitment,
} from '../../../shared/api/groups/registration.contract';
import type { StageOneLink } from '../../../shared/invitations/stageLink';
import { api, apiPath } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { ScrollTable } from '../ui/ScrollTable';
import { StageOneCommitmentLink, StageOneCommitmentPanel } from './StageOneCommitmentPanel';
import { TechnicalDetails } from './TechnicalDetails';
import { formatCount } from '../ui/formatPercent';

/** Stage one as the commitment of stage two states it (docs/lottery-spec.md, section 18). */
function fromCommitment(link: StageOneLink): PublicStageOne {
  return {
    protocol: '',
    recordHash: link.recordHash,
    invitations: link.responses.reduce((sum, r) => sum + r.invited, 0),
    isClosed: true,
    responses: link.responses,
  };
}

/**
 * Stage one of a civic lottery on the process's public page: how many were invited, how many registered
 * by stratum, and the invitations draw's record to download and check with the stage-two record. Once
 * stage two is committed, all of it comes from its commitment (`committed`); before, while the process
 * is a draft (registration under way), it is asked of the server. Nothing is shown without a stage one.
 */
export function StageOnePanel({
  processId,
  isDraft,
  committed,
}: {
  processId: string;
  isDraft: boolean;
  committed: StageOneLink | undefined;
}) {
  const { t, language } = useI18n();
  const headingId = useId();
  const [asked, setAsked] = useState<PublicStageOne | null>(null);
  const [announced, setAnnounced] = useState<PublicStageOneCommitment | null>(null);
  useEffect(() => {
    if (!isDraft) return;
    let current = true;
    api('publicRegistration.stageOne', { params: { id: processId } })
      .then((answer) => {
        if (current) setAsked(answer);
      })
      // Without an answer the section stays hidden; the commitment will carry it later.
      .catch(() => undefined);
    // Stage one drawn in the console is public from its commitment on, before its record exists.
    api('publicRegistration.stageOneCommitment', { params: { id: processId } })
      .then((answer) => {
        if (current) setAnnounced(answer);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [processId, isDraft]);
  const stageOne = committed === undefined ? (isDraft ? asked : null) : fromCommitment(committed);
  if (stageOne === null)
    return isDraft && announced !== null ? (
      <StageOneCommitmentPanel processId={processId} commitment={announced} />
    ) : null;
  const registered = stageOne.responses.reduce((sum, r) => sum + r.registered, 0);
  const rate = (part: number, whole: number) =>
    whole === 0
      ? '—'
      : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
          part / whole,
        );
  const isStratified = stageOne.responses.some((r) => r.stratum !== '');
  return (
    <section aria-labelledby={headingId} className="fr-mb-4w">
      <h2 id={headingId}>{t('public.stageOne.heading')}</h2>
      <p>
        {t(stageOne.isClosed ? 'public.stageOne.closed' : 'public.stageOne.open', {
          invited: formatCount(stageOne.invitations, language),
          registered: formatCount(registered, language),
        })}
      </p>
      {isStratified && (
        <ScrollTable
          isBordered
          size="md"
          label={t('public.table.scroll', { caption: t('public.stageOne.table') })}
          className="fr-mb-3w"
        >
          <table>
            <caption>{t('public.stageOne.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('public.stageOne.stratum')}</th>
                <th scope="col">{t('public.stageOne.invited')}</th>
                <th scope="col">{t('public.stageOne.registered')}</th>
                <th scope="col">{t('public.stageOne.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {stageOne.responses.map((r) => (
                <tr key={r.stratum}>
                  <th scope="row">{r.stratum}</th>
                  <td>{formatCount(r.invited, language)}</td>
                  <td>{formatCount(r.registered, language)}</td>
                  <td>{rate(r.registered, r.invited)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <p>
        <a
          className="fr-link fr-link--download"
          href={apiPath('publicRegistration.stageOneRecord', { params: { id: processId } })}
          download
        >
          {t('public.stageOne.download')}
        </a>
      </p>
      {isDraft && announced !== null && <StageOneCommitmentLink processId={processId} />}
      <p className="fr-text--sm">
        {t('public.stageOne.check')} <Link href="/verifier">{t('public.stageOne.verifier')}</Link>
      </p>
      <TechnicalDetails>
        <dl className="facts">
          {stageOne.protocol !== '' && (
            <>
              <dt>{t('public.stageOne.protocol')}</dt>
              <dd>
                <code>{stageOne.protocol}</code>
              </dd>
            </>
          )}
          <dt>{t('public.stageOne.hash')}</dt>
          <dd>
            <code className="hash">{stageOne.recordHash}</code>
          </dd>
        </dl>
      </TechnicalDetails>
    </section>
  );
}

/**
 * The `stageOne` field of a commitment, when it has the link's shape (read without the protocol's schemas,
 * which the public page does not load: the browser verifier checks the link in full).
 */
export function committedStageOne(commitment: unknown): StageOneLink | undefined {
  const link = (commitment as { stageOne?: Partial<StageOneLink> } | undefined)?.stageOne;
  const isCount = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
  if (
    typeof link?.recordHash !== 'string' ||
    !Array.isArray(link.responses) ||
    !link.responses.every(
      (r) => typeof r?.stratum === 'string' && isCount(r.invited) && isCount(r.registered),
    )
  )
    return undefined;
  return { recordHash: link.recordHash, responses: link.responses };
}
