import { SUPPORT_LEVERS, type SupportLever } from '../../../shared/dossier/dossier';
import { useI18n } from '../i18n/useI18n';
import { leverId } from './applicationFieldIds';
import { ApplicationChoices } from './ApplicationChoices';
import type { FieldMessage } from './fieldMessage';

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
  const toggle = (lever: SupportLever, isChosen: boolean) =>
    onChange(SUPPORT_LEVERS.filter((l) => (l === lever ? isChosen : value.includes(l))));
  return (
    <ApplicationChoices
      field="levers"
      legend={t('calls.field.levers.label')}
      hint={t('calls.field.levers.hint')}
      error={error}
      className="application-section application-choices"
    >
      {(errorProps) =>
        SUPPORT_LEVERS.map((lever) => (
          <div className="fr-fieldset__element" key={lever}>
            <div className="fr-checkbox-group">
              <input
                type="checkbox"
                id={leverId(lever)}
                name="levers"
                value={lever}
                checked={value.includes(lever)}
                onChange={(event) => toggle(lever, event.target.checked)}
                {...errorProps}
              />
              <label className="fr-label" htmlFor={leverId(lever)}>
                {t(`calls.lever.${lever}`)}
              </label>
            </div>
          </div>
        ))
      }
    </ApplicationChoices>
  );
}
