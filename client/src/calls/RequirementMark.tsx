import { useI18n } from '../i18n/useI18n';

/** "(obligatoire)" or "(facultatif)" after a label: the requirement is said in words, not by a sign. */
export function RequirementMark({ isOptional = false }: { isOptional?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="requirement-mark">
      {t(isOptional ? 'calls.form.optional' : 'calls.form.required')}
    </span>
  );
}
