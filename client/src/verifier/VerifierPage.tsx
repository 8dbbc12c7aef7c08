import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../ui/Button';
import { DemoBanner } from '../demo/DemoBanner';
import { processOfArtefact } from '../demo/processOfArtefact';
import { KleroterionError, formatLocation } from '../../../shared/errors';
import { canonicalPool } from '../../../shared/lottery/poolId';
import { parsePoolText } from '../../../shared/lottery/poolText';
import { serverErrorKey } from '../api/serverErrors';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { FileInput } from '../ui/FileInput';
import { VerdictAlert } from '../verification/VerdictAlert';
import { ArtefactVerdict } from './ArtefactVerdict';
import { CheckList } from '../verification/CheckList';
import { DrawSummary } from './DrawSummary';
import { InvitationsSummary } from './InvitationsSummary';
import { LotteryFigures } from './LotteryFigures';
import { openRecordTimelocksInBytes } from '../../../shared/lottery/openRecordTimelocks';
import { verifyArtefact, type ArtefactOutcome } from './verifyArtefact';

async function readBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * Verifies any published artefact entirely in the browser, with the same shared code as the CLI: the
 * file is recognised by its identifying field and sent to its own verifier.
 */
export function VerifierPage() {
  const { t } = useI18n();
  useDocumentTitle(t('pages.title.verifier'));
  const recordInput = useRef<HTMLInputElement>(null);
  const poolInput = useRef<HTMLInputElement>(null);
  const stageOneInput = useRef<HTMLInputElement>(null);
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<ArtefactOutcome | undefined>();
  /** The process the verified file names: a demonstration's files get its banner. */
  const [artefactProcess, setArtefactProcess] = useState<string | undefined>();

  async function verify(event: FormEvent) {
    event.preventDefault();
    setOutcome(undefined);
    setProblem(undefined);
    const recordFile = recordInput.current?.files?.[0];
    if (recordFile === undefined) {
      setProblem(t('verifier.needRecord'));
      recordInput.current?.focus();
      return;
    }
    setWorking(true);
    try {
      const bytes = await readBytes(recordFile);
      const poolFile = poolInput.current?.files?.[0];
      let pool: string[] | undefined;
      if (poolFile !== undefined) {
        try {
          pool = canonicalPool(
            parsePoolText(await readBytes(poolFile), poolFile.name),
            poolFile.name,
          );
        } catch (error) {
          if (!(error instanceof KleroterionError)) throw error;
          setProblem(
            `${t('verifier.poolError')} ${formatLocation(error.details)}${t(serverErrorKey(error.code))}`,
          );
          return;
        }
      }
      const stageOneFile = stageOneInput.current?.files?.[0];
      let stageOne: unknown;
      if (stageOneFile !== undefined) {
        try {
          stageOne = JSON.parse(new TextDecoder().decode(await readBytes(stageOneFile)));
        } catch {
          setProblem(t('verifier.stageOneError'));
          return;
        }
      }
      // Let the "working" message paint before the (synchronous) checks run.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // Timelock sources are decrypted first, from the signatures in the file; the code loads only if needed.
      const openings = await openRecordTimelocksInBytes(bytes);
      setOutcome(verifyArtefact(bytes, pool, openings, stageOne));
      setArtefactProcess(processOfArtefact(bytes));
    } finally {
      setWorking(false);
    }
  }

  return (
    <article className="verifier">
      <h1>{t('verifier.title')}</h1>
      <p>{t('verifier.intro')}</p>
      <form onSubmit={(event) => void verify(event)} noValidate>
        <FileInput
          ref={recordInput}
          label={t('verifier.record.label')}
          hint={t('verifier.record.hint')}
          accept=".json,application/json"
        />
        <FileInput
          ref={poolInput}
          label={t('verifier.pool.label')}
          hint={t('verifier.pool.hint')}
          accept=".txt,text/plain"
        />
        <FileInput
          ref={stageOneInput}
          label={t('verifier.stageOne.label')}
          hint={t('verifier.stageOne.hint')}
          accept=".json,application/json"
        />
        <Button type="submit" disabled={working} className="fr-mb-3w">
          {t('verifier.submit')}
        </Button>
      </form>
      {outcome !== undefined && <DemoBanner processId={artefactProcess} />}
      <div role="status" aria-live="polite" className="verdict-region">
        {working && <p>{t('verifier.working')}</p>}
        {problem !== undefined && <VerdictAlert ok={false} text={problem} />}
        {outcome !== undefined && <ArtefactVerdict outcome={outcome} />}
      </div>
      {outcome !== undefined && outcome.kind !== 'not-artefact' && (
        <>
          {'record' in outcome && outcome.record !== undefined && (
            <DrawSummary record={outcome.record} />
          )}
          {'invitations' in outcome && outcome.invitations !== undefined && (
            <InvitationsSummary record={outcome.invitations} />
          )}
          <section aria-labelledby="checks-heading">
            <h2 id="checks-heading">{t('verifier.checks')}</h2>
            <CheckList checks={outcome.report.checks} />
          </section>
          {outcome.kind === 'lottery' && outcome.lottery !== undefined && (
            <LotteryFigures lottery={outcome.lottery} />
          )}
        </>
      )}
      <p>
        <Link href="/verifier/loterie">{t('lottery.title')}</Link>
      </p>
    </article>
  );
}
