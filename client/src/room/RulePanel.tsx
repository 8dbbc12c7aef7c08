import { useId } from 'react';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { gradeLabel } from '../ui/gradeLabel';

/** The decision rule fixed at opening, in plain words for everyone in the room. */
export function RulePanel({ view }: { view: RoomView }) {
  const { t, language } = useI18n();
  const headingId = useId();
  const { rule, criteria, scale } = view;
  const share = rule.prescreening.share;
  return (
    <section aria-labelledby={headingId} className="rule-panel">
      <h2 id={headingId}>{t('room.rule.heading')}</h2>
      <p className="hint">{t('room.rule.panelIntro')}</p>
      <dl className="facts">
        <dt>{t('room.rule.term.method')}</dt>
        <dd>{t(`room.rule.method.${rule.method}`)}</dd>
        <dt>{t('room.rule.term.max')}</dt>
        <dd>{t('room.rule.maxValue', { max: rule.max })}</dd>
        <dt>{t('room.rule.term.weights')}</dt>
        <dd>
          <ul className="rule-weights">
            {criteria.map((criterion) => (
              <li key={criterion.id}>
                {t('room.rule.weightValue', {
                  criterion: criterion.label,
                  weight: rule.weights[criterion.id] ?? 1,
                })}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('room.rule.term.quorum')}</dt>
        <dd>{t('room.rule.quorumValue', { quorum: rule.quorum })}</dd>
        <dt>{t('room.rule.term.floor')}</dt>
        <dd>{t('room.rule.floorValue', { grade: gradeLabel(scale, rule.floor, language) })}</dd>
        <dt>{t('room.rule.term.tie')}</dt>
        <dd>{t(`room.rule.tie.${rule.tieResolution}`)}</dd>
        <dt>{t('room.rule.term.share')}</dt>
        <dd>{share === 0 ? t('room.rule.shareOff') : t('room.rule.shareValue', { share })}</dd>
        <dt>{t('room.rule.term.seatGrades')}</dt>
        <dd>
          {rule.publishSeatGrades ? t('room.rule.seatGradesYes') : t('room.rule.seatGradesNo')}
        </dd>
      </dl>
    </section>
  );
}
