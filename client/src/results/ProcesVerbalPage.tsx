import { useEffect, useState } from 'react';
import {
  buildProcesVerbal,
  type ProcesVerbal,
  type PvBlock,
} from '../../../shared/audit/procesVerbal';
import type { ChainedEvent } from '../../../shared/events/eventChain';
import { foldProcess } from '../../../shared/process/processState';
import { useI18n } from '../i18n/useI18n';
import { ClientErrorCode } from '../api/serverErrorMessages';
import { serverErrorKey } from '../api/serverErrors';
import { useResults } from '../api/useResults';
import { Button } from '../ui/Button';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { ScrollTable } from '../ui/ScrollTable';
import './results.css';
import { apiPath } from '../api/api';

/**
 * /p/<process>/proces-verbal: the record of proceedings, printable on A4 and downloadable as PDF. Its
 * content is built in this browser from the public log by the same function the server's PDF uses
 * (shared/audit/procesVerbal.ts), once the results are published.
 */
export function ProcesVerbalPage({ processId }: { processId: string }) {
  const { t, language } = useI18n();
  const { load } = useResults(processId);
  const [log, setLog] = useState<ChainedEvent[] | undefined>();
  const [logFailed, setLogFailed] = useState<string | undefined>();
  const isPublished = load.kind === 'ready' && load.view.published !== null;
  useDocumentTitle(
    load.kind === 'ready' || load.kind === 'withheld'
      ? t('pages.title.pv', { title: load.view.process.title })
      : t('pages.title.pvLoading'),
  );
  useEffect(() => {
    if (!isPublished) return;
    fetch(apiPath('public.log', { params: { id: processId } }))
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<ChainedEvent[]>;
      })
      .then(setLog, (error: unknown) => setLogFailed(String(error)));
  }, [processId, isPublished]);

  // Before publication (a confidential deliberation included) the record is not written yet.
  if (load.kind === 'absent' || load.kind === 'withheld' || (load.kind === 'ready' && !isPublished))
    return (
      <article className="proces-verbal">
        <h1>
          {t('pv.title', { title: load.kind === 'absent' ? processId : load.view.process.title })}
        </h1>
        <p role="status">{t('pv.page.notYet')}</p>
      </article>
    );
  if (load.kind === 'failed') return <p role="alert">{t(load.key)}</p>;
  if (logFailed !== undefined)
    return <p role="alert">{t(serverErrorKey(ClientErrorCode.Network))}</p>;
  if (load.kind === 'loading' || log === undefined)
    return <p role="status">{t('public.loading')}</p>;
  const state = foldProcess(log);
  if (state === undefined) return <p role="alert">{t('results.absent')}</p>;
  const pv = buildProcesVerbal(state, log, {
    language,
    bundleSha256: load.view.bundleSha256,
    now: new Date(),
  });
  return <ProcesVerbalDocument pv={pv} processId={processId} />;
}

function ProcesVerbalDocument({ pv, processId }: { pv: ProcesVerbal; processId: string }) {
  const { t, language } = useI18n();
  const pdf = apiPath('results.procesVerbal', {
    params: { id: processId },
    query: { lang: language },
  });
  return (
    <article className="proces-verbal" lang={pv.language}>
      <ul className="no-print pv-actions">
        <li>
          <Button
            type="button"
            iconId="fr-icon-printer-line"
            iconPosition="left"
            onClick={() => window.print()}
          >
            {t('pv.print')}
          </Button>
        </li>
        <li>
          <a href={pdf} download className="fr-link fr-link--download">
            {t('pv.page.download')}
          </a>
        </li>
      </ul>
      <h1>
        {pv.title}
        <span className="pv-subtitle">{pv.processTitle}</span>
      </h1>
      <Facts facts={pv.header} />
      {pv.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="pv-section">
          <h2 id={section.id}>{section.title}</h2>
          {section.blocks.map((block, i) => (
            <Block key={i} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}

function Facts({ facts }: { facts: Extract<PvBlock, { kind: 'facts' }>['facts'] }) {
  return (
    <dl className="pv-facts">
      {facts.map((fact) => (
        <div key={fact.term} className="pv-fact">
          <dt>{fact.term}</dt>
          <dd>{fact.code === true ? <code className="hash">{fact.value}</code> : fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Block({ block }: { block: PvBlock }) {
  const { t } = useI18n();
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'facts':
      return <Facts facts={block.facts} />;
    case 'list':
      return (
        <ul className="pv-list">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        // A wide table scrolls on a phone; the region is focusable so that the keyboard can scroll it.
        <ScrollTable
          isBordered
          isMultiline
          size="md"
          label={t('pv.page.scroll', { caption: block.caption })}
          className="fr-mb-3w pv-table"
        >
          <table id={block.id}>
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.columns.map((column) => (
                  <th scope="col" key={column.label}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th scope="row" key={c}>
                        {cell}
                      </th>
                    ) : (
                      <td key={c}>
                        {block.columns[c]?.code === true ? <code>{cell}</code> : cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      );
    case 'signatures':
      return (
        <div className="pv-signature-block">
          <p>{block.text}</p>
          <p>{block.place}</p>
          <div className="pv-signatures">
            {block.signatories.map((signatory) => (
              <div
                key={signatory.role}
                className="pv-signature"
                role="group"
                aria-label={signatory.role}
              >
                <h3>{signatory.role}</h3>
                <dl>
                  {signatory.fields.map((field) => (
                    <div key={field} className="pv-signature-field">
                      <dt>{field}</dt>
                      <dd>
                        <span className="pv-blank">{t('pv.page.signatureLine')}</span>
                      </dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
          </div>
        </div>
      );
  }
}
