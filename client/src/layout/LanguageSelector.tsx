import { fr } from '@codegouvfr/react-dsfr';
import { LANGUAGES, type Language } from '../i18n/language';
import { useI18n } from '../i18n/useI18n';

/** The DSFR's collapse API, set on window by the design system's JavaScript. */
type DsfrApi = (element: Element) => { collapse?: { conceal(): void } } | undefined;

/**
 * The DSFR's language selector (fr-translate): a button showing the current language opens the list, each
 * language named in itself, the current one marked with aria-current. `idSuffix` tells the header's two
 * copies apart (desktop tools, and the mobile menu's "-mobile" copy the DSFR expects).
 */
export function LanguageSelector({ idSuffix = '' }: { idSuffix?: string }) {
  const { language, setLanguage, t } = useI18n();
  const menuId = `language-menu${idSuffix}`;
  const choose = (code: Language) => {
    setLanguage(code);
    const menu = document.getElementById(menuId);
    const dsfr = (window as unknown as { dsfr?: DsfrApi }).dsfr;
    if (menu !== null) dsfr?.(menu)?.collapse?.conceal();
  };
  return (
    <nav className={fr.cx('fr-translate', 'fr-nav')} aria-label={t('lang.label')}>
      <div className={fr.cx('fr-nav__item')}>
        <button
          type="button"
          id={`language-button${idSuffix}`}
          className={fr.cx('fr-translate__btn', 'fr-btn', 'fr-btn--tertiary')}
          aria-controls={menuId}
          aria-expanded="false"
          title={t('layout.language.select')}
        >
          <span className={fr.cx('fr-sr-only')}>{t('layout.language.current')} </span>
          {language.toUpperCase()}
          <span className={fr.cx('fr-hidden-lg')}>&nbsp;- {t(`lang.${language}`)}</span>
        </button>
        <div className={fr.cx('fr-collapse', 'fr-translate__menu', 'fr-menu')} id={menuId}>
          <ul className={fr.cx('fr-menu__list')}>
            {LANGUAGES.map((code) => (
              <li key={code}>
                <button
                  type="button"
                  lang={code}
                  className={`${fr.cx('fr-translate__language', 'fr-nav__link')} language-choice`}
                  aria-current={code === language ? 'true' : undefined}
                  onClick={() => choose(code)}
                >
                  <span aria-hidden="true">{code.toUpperCase()} - </span>
                  {t(`lang.${code}`)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </nav>
  );
}
