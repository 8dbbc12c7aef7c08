import type { GradingScale } from '../../../shared/scoring/gradingScale';
import type { AggregationRule } from '../../../shared/scoring/rule';
import { useI18n } from '../i18n/useI18n';
import { gradeLabel } from '../ui/gradeLabel';

/** The aggregation rule in plain words: fixed before anyone graded, it decides everything below. */
export function RuleDescription({
  rule,
  scale,
  criteria,
}: {
  rule: AggregationRule;
  scale: GradingScale;
  criteria: readonly { id: string; label: string }[];
}) {
  const { t, language } = useI18n();
  return (
    <dl className="rule-description">
      <dt>{t('results.rule.method')}</dt>
      <dd>{t(rule.method === 'majority-judgment' ? 'results.rule.mj' : 'results.rule.mean')}</dd>
      <dt>{t('results.rule.weights')}</dt>
      <dd>
        <ul>
          {criteria.map((c) => (
            <li key={c.id}>
              {t('results.rule.weight', { label: c.label, weight: rule.weights[c.id] ?? 1 })}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('results.rule.quorum')}</dt>
      <dd>{t('results.rule.quorumValue', { n: rule.quorum })}</dd>
      <dt>{t('results.rule.floor')}</dt>
      <dd>{gradeLabel(scale, rule.floor, language)}</dd>
      <dt>{t('results.rule.max')}</dt>
      <dd>{rule.max}</dd>
      <dt>{t('results.rule.tieBreak')}</dt>
      <dd>
        {t(rule.tieResolution === 'lottery' ? 'results.rule.tieLottery' : 'results.rule.tieVote')}
      </dd>
      <dt>{t('results.rule.prescreening')}</dt>
      <dd>
        {rule.prescreening.share === 0
          ? t('results.rule.prescreeningOff')
          : t('results.rule.prescreeningShare', { share: rule.prescreening.share })}
      </dd>
      <dt>{t('results.rule.seatGrades')}</dt>
      <dd>
        {t(rule.publishSeatGrades ? 'results.rule.seatGradesOn' : 'results.rule.seatGradesOff')}
      </dd>
    </dl>
  );
}
