import { fr } from '@codegouvfr/react-dsfr';
import { MainNavigation } from '@codegouvfr/react-dsfr/MainNavigation';
import { useEffect } from 'react';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { LanguageSelector } from './LanguageSelector';
import { serviceIdentity } from './serviceIdentity';
import { useServiceName } from './useServiceName';

/** The DSFR's modal API, set on window by the design system's JavaScript. */
type DsfrApi = (element: Element) => { modal?: { conceal(): void } } | undefined;

const MENU_ID = 'header-menu-modal';
const MENU_BUTTON_ID = 'header-menu-button';
export const NAVIGATION_ID = 'header-navigation';

/** Where the main navigation leads, with the path prefix each entry stands for. */
const NAVIGATION = [
  { href: '/', key: 'layout.home', isActive: (path: string) => path === '/' },
  {
    href: '/verifier',
    key: 'layout.nav.verifier',
    isActive: (path: string) => path.startsWith('/verifier'),
  },
  { href: '/temoin', key: 'layout.nav.witness', isActive: (path: string) => path === '/temoin' },
  {
    href: '/organiser',
    key: 'layout.nav.console',
    isActive: (path: string) => path.startsWith('/organiser'),
  },
] as const;

/**
 * The DSFR header (fr-header markup, as react-dsfr's Header writes it) with the identity's marks: the
 * "République française" block for the State, the operator's logo otherwise. Written here rather than with
 * react-dsfr's Header, which always writes the State's block. The tools (language) are written twice, as
 * the DSFR expects in a framework: once for wide screens, once ("-mobile" ids) in the phone menu.
 */
export function ServiceHeader({ path }: { path: string }) {
  const { t } = useI18n();
  const { name, tagline } = useServiceName();
  const homeTitle = t('layout.homeTitle', { name });
  const [brandFirst, brandSecond] = t('layout.brandTop').split('\n');
  // The phone menu is the DSFR's modal: a link followed inside the app closes it, as a page load would.
  useEffect(() => {
    const menu = document.getElementById(MENU_ID);
    const dsfr = (window as unknown as { dsfr?: DsfrApi }).dsfr;
    if (menu?.classList.contains('fr-modal--opened') === true) dsfr?.(menu)?.modal?.conceal();
  }, [path]);
  return (
    <header role="banner" id="header" className={fr.cx('fr-header')}>
      <div className={fr.cx('fr-header__body')}>
        <div className={fr.cx('fr-container')}>
          <div className={fr.cx('fr-header__body-row')}>
            <div className={fr.cx('fr-header__brand', 'fr-enlarge-link')}>
              <div className={fr.cx('fr-header__brand-top')}>
                {serviceIdentity.isState && (
                  <div className={fr.cx('fr-header__logo')}>
                    <p className={fr.cx('fr-logo')} lang="fr">
                      {brandFirst}
                      <br />
                      {brandSecond}
                    </p>
                  </div>
                )}
                {!serviceIdentity.isState && serviceIdentity.logoUrl !== undefined && (
                  <div className={fr.cx('fr-header__operator')}>
                    {/* The name is written beside it: the logo adds nothing to read. */}
                    <img className="service-logo" src={serviceIdentity.logoUrl} alt="" />
                  </div>
                )}
                <div className={fr.cx('fr-header__navbar')}>
                  <button
                    type="button"
                    className={fr.cx('fr-btn--menu', 'fr-btn')}
                    data-fr-opened="false"
                    aria-controls={MENU_ID}
                    id={MENU_BUTTON_ID}
                    title={t('layout.menu')}
                  >
                    {t('layout.menu')}
                  </button>
                </div>
              </div>
              <div className={fr.cx('fr-header__service')}>
                <Link href="/" title={homeTitle}>
                  <p className={fr.cx('fr-header__service-title')}>{name}</p>
                </Link>
                <p className={fr.cx('fr-header__service-tagline')}>{tagline}</p>
              </div>
            </div>
            <div className={fr.cx('fr-header__tools')}>
              <div className={fr.cx('fr-header__tools-links')}>
                <LanguageSelector />
              </div>
            </div>
          </div>
        </div>
      </div>
      <div
        className={fr.cx('fr-header__menu', 'fr-modal')}
        id={MENU_ID}
        aria-labelledby={MENU_BUTTON_ID}
      >
        <div className={fr.cx('fr-container')}>
          <button
            type="button"
            className={fr.cx('fr-btn--close', 'fr-btn')}
            aria-controls={MENU_ID}
            title={t('layout.close')}
          >
            {t('layout.close')}
          </button>
          <div className={fr.cx('fr-header__menu-links')}>
            <LanguageSelector idSuffix="-mobile" />
          </div>
          <MainNavigation
            id={NAVIGATION_ID}
            items={NAVIGATION.map((item) => ({
              text: t(item.key),
              linkProps: { href: item.href },
              isActive: item.isActive(path),
            }))}
          />
        </div>
      </div>
    </header>
  );
}
