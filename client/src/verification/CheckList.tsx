import { Badge } from '../ui/Badge';
import type { Check } from '../../../shared/verificationReport';
import { useI18n } from '../i18n/useI18n';
import { checkLabel } from './checkLabel';

/** Every check as a list item; pass or fail is stated in words and by icon, never by colour alone. */
export function CheckList({ checks }: { checks: readonly Check[] }) {
  const { t } = useI18n();
  return (
    <ol className="check-list">
      {checks.map((check) => {
        const { key, n, isStageOne } = checkLabel(check.name);
        const title = t(key, n === undefined ? {} : { n });
        return (
          <li
            key={check.number}
            className={check.ok ? 'check ok' : 'check failed'}
            data-check={check.name}
          >
            <Badge
              as="span"
              small
              severity={check.ok ? 'success' : 'error'}
              className="check-status"
            >
              {check.ok ? t('verifier.check.ok') : t('verifier.check.failed')}
            </Badge>{' '}
            <span className="check-title">
              {isStageOne === true ? t('check.stageOne', { check: title }) : title}
            </span>
            <details>
              <summary>{t('verifier.detail')}</summary>
              <p lang="en" className="check-detail">
                {check.detail}
              </p>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
