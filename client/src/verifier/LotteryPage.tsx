import { useId, useRef, useState, type FormEvent } from 'react';
import { checkLottery, type LotteryFile } from '../../../shared/stratify/lotteryFile';
import type { VerificationReport } from '../../../shared/lottery/verifyRecord';
import { useI18n } from '../i18n/useI18n';
import { CheckList } from './CheckList';
import { ProbabilityAllocation } from './ProbabilityAllocation';

/** /verifier/loterie: reads a LOTTERY.json in the browser, checks it, and shows its probability allocation. */
export function LotteryPage() {
  const { t, language } = useI18n();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<{
    report: VerificationReport;
    lottery: LotteryFile | undefined;
  }>();

  async function read(event: FormEvent) {
    event.preventDefault();
    setOutcome(undefined);
    setProblem(undefined);
    const file = input.current?.files?.[0];
    if (file === undefined) {
      setProblem(t('lottery.needFile'));
      input.current?.focus();
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setProblem(t('lottery.notJson'));
      return;
    }
    const report = checkLottery(parsed);
    setOutcome({
      report,
      lottery: report.checks[0]?.ok === true ? (parsed as LotteryFile) : undefined,
    });
  }

  const percent = (x: number) =>
    `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(100 * x)} %`;
  const lottery = outcome?.lottery;
  return (
    <article>
      <h1>{t('lottery.title')}</h1>
      <p>{t('lottery.intro')}</p>
      <form onSubmit={(event) => void read(event)} noValidate>
        <div className="field">
          <label htmlFor={inputId}>{t('lottery.file')}</label>
          <input id={inputId} ref={input} type="file" accept="application/json,.json" />
        </div>
        <button type="submit" className="primary">
          {t('lottery.read')}
        </button>
      </form>
      <div role="status" aria-live="polite" className="verdict-region">
        {problem !== undefined && <p className="verdict failed">{problem}</p>}
        {outcome !== undefined && (
          <p
            className={outcome.report.ok ? 'verdict ok' : 'verdict failed'}
            data-testid="lottery-verdict"
          >
            {outcome.report.ok
              ? t('lottery.ok', { count: outcome.report.checks.length })
              : t('lottery.failed', {
                  failed: outcome.report.checks.filter((c) => !c.ok).length,
                  count: outcome.report.checks.length,
                })}
          </p>
        )}
      </div>
      {outcome !== undefined && <CheckList checks={outcome.report.checks} />}
      {lottery !== undefined && (
        <section aria-labelledby={`${inputId}-figures`}>
          <h2 id={`${inputId}-figures`}>{t('lottery.figures')}</h2>
          <dl className="rule-description">
            <dt>{t('lottery.algorithm')}</dt>
            <dd>{lottery.algorithm}</dd>
            <dt>{t('lottery.size')}</dt>
            <dd>
              {t('lottery.sizeValue', {
                panels: lottery.panelCount,
                k: lottery.panelSize,
                n: lottery.respondents,
              })}
            </dd>
            <dt>{t('lottery.minimum')}</dt>
            <dd data-testid="lottery-minimum">{percent(lottery.minProbability)}</dd>
            <dt>{t('lottery.maximum')}</dt>
            <dd>{percent(lottery.maxProbability)}</dd>
            <dt>{t('lottery.gini')}</dt>
            <dd>{lottery.gini.toFixed(4)}</dd>
            {lottery.naive != null && (
              <>
                <dt>{t('lottery.naive')}</dt>
                <dd>
                  {t('lottery.naiveValue', {
                    min: percent(lottery.naive.minProbability),
                    max: percent(lottery.naive.maxProbability),
                    gini: lottery.naive.gini.toFixed(4),
                  })}
                </dd>
              </>
            )}
          </dl>
          <ProbabilityAllocation
            optimal={lottery.optimalProbabilities}
            final={lottery.probabilities}
            fair={lottery.panelSize / lottery.respondents}
            percent={percent}
          />
        </section>
      )}
    </article>
  );
}
