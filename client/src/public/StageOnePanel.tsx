import { useEffect, useId, useState } from 'react';
import type { PublicStageOne } from '../../../shared/api/groups/registration.contract';
import { api, apiPath } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { ScrollTable } from '../ui/ScrollTable';
import { TechnicalDetails } from './TechnicalDetails';

/**
 * Stage one of a civic lottery on the process's public page: how many were invited, how many registered
 * by stratum, and the invitations draw's record to download and check with the stage-two record. Nothing
 * is shown for a process without a stage one.
 */
export function StageOnePanel({ processId }: { processId: string }) {
  const { t, language } = useI18n();
  const headingId = useId();
  const [stageOne, setStageOne] = useState<PublicStageOne | undefined>();
  useEffect(() => {
    let current = true;
    api('publicRegistration.stageOne', { params: { id: processId } })
      .then((answer) => {
        if (current) setStageOne(answer);
      })
      // NOT_FOUND: a process without a stage one, whose page simply has no such section.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [processId]);
  if (stageOne === undefined) return null;
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
          invited: stageOne.invitations,
          registered,
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
                  <td>{r.invited}</td>
                  <td>{r.registered}</td>
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
      <p className="fr-text--sm">
        {t('public.stageOne.check')} <Link href="/verifier">{t('public.stageOne.verifier')}</Link>
      </p>
      <TechnicalDetails>
        <dl className="facts">
          <dt>{t('public.stageOne.protocol')}</dt>
          <dd>
            <code>{stageOne.protocol}</code>
          </dd>
          <dt>{t('public.stageOne.hash')}</dt>
          <dd>
            <code className="hash">{stageOne.recordHash}</code>
          </dd>
        </dl>
      </TechnicalDetails>
    </section>
  );
}
