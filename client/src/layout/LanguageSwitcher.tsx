import { LANGUAGES } from '../i18n/language';
import { useI18n } from '../i18n/useI18n';

/** Two buttons, the current one marked with aria-pressed; each names its language in that language. */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  return (
    <nav aria-label={t('lang.label')} className="language-switcher">
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={language === code}
          onClick={() => setLanguage(code)}
        >
          {t(`lang.${code}`)}
        </button>
      ))}
    </nav>
  );
}
