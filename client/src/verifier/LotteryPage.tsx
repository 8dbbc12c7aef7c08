import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import type { LotteryFile } from '../../../shared/stratify/lotteryFile';
import type { VerificationReport } from '../../../shared/verificationReport';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { CheckList } from '../verification/CheckList';
import { FileInput } from '../ui/FileInput';
import { VerdictAlert } from '../verification/VerdictAlert';
import { ArtefactVerdict } from './ArtefactVerdict';
import { LotteryFigures } from './LotteryFigures';
import { verifyArtefact, type ArtefactOutcome } from './verifyArtefact';

/** /verifier/loterie: reads a LOTTERY.json in the browser, checks it, and shows its probability allocation. */
export function LotteryPage() {
  const { t } = useI18n();
  useDocumentTitle(t('pages.title.lottery'));
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [notLottery, setNotLottery] = useState<ArtefactOutcome | undefined>();
  const [outcome, setOutcome] = useState<{
    report: VerificationReport;
    lottery: LotteryFile | undefined;
  }>();

  async function read(event: FormEvent) {
    event.preventDefault();
    setOutcome(undefined);
    setProblem(undefined);
    setNotLottery(undefined);
    const file = input.current?.files?.[0];
    if (file === undefined) {
      setProblem(t('lottery.needFile'));
      input.current?.focus();
      return;
    }
    const checked = verifyArtefact(new Uint8Array(await file.arrayBuffer()), undefined);
    // Any other file is explained, never "failed": only a LOTTERY.json is checked here.
    if (checked.kind === 'not-artefact') setNotLottery(checked);
    else if (checked.kind !== 'lottery')
      setProblem(
        t('artefact.lotteryOnly', {
          kind: t(
            `artefact.kind.${checked.kind}`,
            'protocol' in checked ? { protocol: checked.protocol } : {},
          ),
        }),
      );
    else setOutcome({ report: checked.report, lottery: checked.lottery });
  }

  const lottery = outcome?.lottery;
  return (
    <article>
      <h1>{t('lottery.title')}</h1>
      <p className="fr-text--lead">{t('lottery.intro')}</p>
      <form onSubmit={(event) => void read(event)} noValidate>
        <FileInput ref={input} label={t('lottery.file')} accept="application/json,.json" />
        <Button type="submit" className="fr-mb-3w">
          {t('lottery.read')}
        </Button>
      </form>
      <div role="status" aria-live="polite" className="verdict-region">
        {problem !== undefined && <Notice className="artefact-notice fr-mb-2w" title={problem} />}
        {notLottery !== undefined && <ArtefactVerdict outcome={notLottery} />}
        {outcome !== undefined && (
          <VerdictAlert
            ok={outcome.report.ok}
            testId="lottery-verdict"
            text={
              outcome.report.ok
                ? t('lottery.ok', { count: outcome.report.checks.length })
                : t('lottery.failed', {
                    failed: outcome.report.checks.filter((c) => !c.ok).length,
                    count: outcome.report.checks.length,
                  })
            }
          />
        )}
      </div>
      {outcome !== undefined && <CheckList checks={outcome.report.checks} />}
      {lottery !== undefined && <LotteryFigures lottery={lottery} />}
    </article>
  );
}
