import { SUPPORT_LEVERS, type SupportLever } from '../../../shared/dossier/dossier';
import { useI18n } from '../i18n/useI18n';
import { leverId } from './applicationFieldIds';
import { describedBy } from '../ui/describedBy';
import { FieldErrorText } from '../ui/FieldErrorText';
import type { FieldMessage } from './fieldMessage';
import { RequirementMark } from '../ui/RequirementMark';

/** The kinds of support asked for: at least one of the eight, kept in the programme's order. */
export function LeversFieldset({
  value,
  onChange,
  error,
}: {
  value: readonly SupportLever[];
  onChange: (value: SupportLever[]) => void;
  error: FieldMessage | undefined;
}) {
  const { t } = useI18n();
  const hintId = 'application-levers-hint';
  const errorId = 'application-levers-error';
  const toggle = (lever: SupportLever, isChosen: boolean) =>
    onChange(SUPPORT_LEVERS.filter((l) => (l === lever ? isChosen : value.includes(l))));
  return (
    <fieldset
      className={
        error === undefined
          ? 'fr-fieldset application-section application-choices'
          : 'fr-fieldset fr-fieldset--error application-section application-choices'
      }
      aria-describedby={describedBy(hintId, error !== undefined && errorId)}
    >
      <legend className="fr-fieldset__legend">
        {t('calls.field.levers.label')} <RequirementMark />
      </legend>
      <p className="fr-fieldset__element fr-hint-text" id={hintId}>
        {t('calls.field.levers.hint')}
      </p>
      {SUPPORT_LEVERS.map((lever) => (
        <div className="fr-fieldset__element" key={lever}>
          <div className="fr-checkbox-group">
            <input
              type="checkbox"
              id={leverId(lever)}
              name="levers"
              value={lever}
              checked={value.includes(lever)}
              onChange={(event) => toggle(lever, event.target.checked)}
              aria-invalid={error === undefined ? undefined : true}
              aria-describedby={error === undefined ? undefined : errorId}
            />
            <label className="fr-label" htmlFor={leverId(lever)}>
              {t(`calls.lever.${lever}`)}
            </label>
          </div>
        </div>
      ))}
      <div className="fr-messages-group">
        {error !== undefined && <FieldErrorText id={errorId} message={error} />}
      </div>
    </fieldset>
  );
}
