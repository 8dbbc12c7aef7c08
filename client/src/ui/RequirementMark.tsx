import './ui.css';
import { useI18n } from '../i18n/useI18n';

/** "(obligatoire)" or "(facultatif)" after a label: the requirement said in words, not by a sign. */
export function RequirementMark({ isOptional = false }: { isOptional?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="kl-requirement">
      {t(isOptional ? 'ui.field.optional' : 'ui.field.required')}
    </span>
  );
}
