import { useEffect, useState } from 'react';
import { bytesToHex } from '../../../shared/crypto/bytes';
import { sha256 } from '../../../shared/crypto/hash';
import { canonicalize } from '../../../shared/crypto/jcs';
import type { ChainedEvent } from '../../../shared/events/eventChain';
import type { PublicView } from '../../../shared/process/publicView';
import { apiGet } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { gradeLabel } from '../room/gradeLabel';
import { agendaOf } from './agenda';
import { RuleDescription } from './RuleDescription';
import { useResults } from './useResults';
import './results.css';

/**
 * /p/<process>/proces-verbal: the printable record of proceedings (A4): the process, the draw with its
 * hashes, the jury by seat (pseudonymous ids only), the agenda with times, the ranking with merit
 * profiles, the method, and the SHA-256 of the audit bundle that proves all of it.
 */
export function ProcesVerbalPage({ processId }: { processId: string }) {
  const { t, language } = useI18n();
  const { load } = useResults(processId);
  const [process, setProcess] = useState<PublicView | undefined>();
  const [log, setLog] = useState<ChainedEvent[] | undefined>();
  useEffect(() => {
    const base = `/api/public/processes/${encodeURIComponent(processId)}`;
    apiGet<PublicView>(base).then(setProcess, () => undefined);
    fetch(`${base}/log.json`)
      .then((response) => response.json() as Promise<ChainedEvent[]>)
      .then(setLog, () => undefined);
  }, [processId]);

  if (load.kind === 'absent') return <p role="alert">{t('results.absent')}</p>;
  if (load.kind === 'failed') return <p role="alert">{t(load.key)}</p>;
  if (load.kind === 'loading' || process === undefined || log === undefined)
    return <p role="status">{t('public.loading')}</p>;
  const { view } = load;
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'medium' });
  const at = (iso: string | undefined) =>
    iso === undefined ? '—' : dateTime.format(new Date(iso));
  const titles = new Map(view.dossiers.map((d) => [d.id, d.title]));
  const record = process.record;
  const recordDigest =
    record === undefined
      ? undefined
      : bytesToHex(sha256(new TextEncoder().encode(`${canonicalize(record)}\n`)));
  return (
    <article className="proces-verbal">
      <p className="no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('pv.print')}
        </button>
      </p>
      <h1>{t('pv.title', { title: view.process.title })}</h1>
      <p>
        {view.published
          ? t('results.published', { when: at(view.published.at) })
          : t('results.provisional')}
      </p>

      <section aria-labelledby="pv-process">
        <h2 id="pv-process">{t('pv.process')}</h2>
        <dl className="pv-facts">
          <dt>{t('pv.processId')}</dt>
          <dd>
            <code>{process.id}</code>
          </dd>
          <dt>{t('pv.createdAt')}</dt>
          <dd>{at(process.createdAt)}</dd>
          <dt>{t('pv.seats')}</dt>
          <dd>
            {t('public.commitment.seatsValue', {
              seats: process.settings.seats,
              alternates: process.settings.alternates,
            })}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="pv-draw">
        <h2 id="pv-draw">{t('pv.draw')}</h2>
        {record === undefined ? (
          <p>{t('pv.notDrawn')}</p>
        ) : (
          <dl className="pv-facts">
            <dt>{t('public.pool.size')}</dt>
            <dd>{process.commitment?.commitment.poolSize}</dd>
            <dt>{t('public.pool.root')}</dt>
            <dd>
              <code className="hash">{process.commitment?.commitment.poolRoot}</code>
            </dd>
            <dt>{t('public.commitment.hash')}</dt>
            <dd>
              <code className="hash">{record.commitmentHash}</code>
            </dd>
            <dt>{t('public.result.seed')}</dt>
            <dd>
              <code className="hash">{record.seed}</code>
            </dd>
            <dt>{t('pv.recordDigest')}</dt>
            <dd>
              <code className="hash">{recordDigest}</code>
            </dd>
            <dt>{t('public.result.at')}</dt>
            <dd>{at(process.drawnAt)}</dd>
          </dl>
        )}
      </section>

      <section aria-labelledby="pv-jury">
        <h2 id="pv-jury">{t('pv.jury')}</h2>
        <table>
          <caption>{t('pv.jury.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pv.col.seat')}</th>
              <th scope="col">{t('pv.col.id')}</th>
              <th scope="col">{t('pv.col.rank')}</th>
              <th scope="col">{t('pv.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {process.seats.map((seat) => (
              <tr key={seat.seat}>
                <th scope="row">{seat.seat}</th>
                <td>
                  <code>{seat.holder ?? '—'}</code>
                </td>
                <td>{seat.rank ?? '—'}</td>
                <td>{t(`pv.seat.${seat.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="pv-agenda">
        <h2 id="pv-agenda">{t('pv.agenda')}</h2>
        <table>
          <caption>{t('pv.agenda.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.col.dossier')}</th>
              <th scope="col">{t('pv.col.takenUp')}</th>
              <th scope="col">{t('pv.col.closed')}</th>
              <th scope="col">{t('pv.col.revealed')}</th>
            </tr>
          </thead>
          <tbody>
            {agendaOf(log).map((item, i) => (
              <tr key={`${item.dossierId}-${i}`}>
                <th scope="row">
                  {titles.get(item.dossierId) ?? item.dossierId} ({item.dossierId})
                </th>
                <td>{at(item.takenUpAt)}</td>
                <td>{at(item.closedAt)}</td>
                <td>{at(item.revealedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="pv-ranking">
        <h2 id="pv-ranking">{t('results.ranking')}</h2>
        <table className="pv-ranking">
          <caption>{t('pv.ranking.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.col.rank')}</th>
              <th scope="col">{t('results.col.dossier')}</th>
              <th scope="col">{t('results.col.grade')}</th>
              {view.grades.map((grade) => (
                <th scope="col" key={grade}>
                  {gradeLabel(view.scale, grade, language)}
                </th>
              ))}
              <th scope="col">{t('pv.col.shortlisted')}</th>
            </tr>
          </thead>
          <tbody>
            {view.results.dossiers
              .filter((d) => d.status !== 'not-graded')
              .map((d) => (
                <tr key={d.dossierId}>
                  <td>{d.rank ?? '—'}</td>
                  <th scope="row">{titles.get(d.dossierId) ?? d.dossierId}</th>
                  <td>
                    {d.majorityGrade === null
                      ? '—'
                      : gradeLabel(view.scale, d.majorityGrade, language)}
                  </td>
                  {view.grades.map((grade, g) => (
                    <td key={grade}>{d.profile[g] ?? 0}</td>
                  ))}
                  <td>{d.shortlisted ? t('pv.yes') : t('pv.no')}</td>
                </tr>
              ))}
          </tbody>
        </table>
        <p>{t('pv.notGraded', { n: view.results.notGraded.length })}</p>
      </section>

      <section aria-labelledby="pv-method">
        <h2 id="pv-method">{t('results.rule')}</h2>
        <RuleDescription rule={view.rule} scale={view.scale} criteria={view.criteria} />
      </section>

      <section aria-labelledby="pv-proof">
        <h2 id="pv-proof">{t('pv.proof')}</h2>
        <p>{t('pv.proof.text')}</p>
        <p>
          {t('results.bundleDigest')} <code className="hash">{view.bundleSha256}</code>
        </p>
        {view.published && (
          <p>
            {t('pv.resultsHash')} <code className="hash">{view.published.resultsHash}</code>
          </p>
        )}
      </section>
    </article>
  );
}
