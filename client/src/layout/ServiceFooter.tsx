import { fr } from '@codegouvfr/react-dsfr';
import { headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { serviceIdentity } from './serviceIdentity';
import { useServiceName } from './useServiceName';

export const FOOTER_ID = 'footer';

/**
 * The DSFR footer (fr-footer markup) with its mandatory links and the display settings (light, dark or
 * the system's scheme). `saysVerifiedInBrowser`: only the verifier pages, where nothing is sent, say that
 * everything is checked in the browser.
 */
export function ServiceFooter({ saysVerifiedInBrowser }: { saysVerifiedInBrowser: boolean }) {
  const { t } = useI18n();
  const { name } = useServiceName();
  const [brandFirst, brandSecond] = t('layout.brandTop').split('\n');
  const bottomLinks = [
    { href: '/plan-du-site', key: 'layout.footer.sitemap' },
    { href: '/accessibilite', key: 'layout.footer.accessibility' },
    { href: '/mentions-legales', key: 'layout.footer.legal' },
    { href: '/donnees-personnelles', key: 'layout.footer.privacy' },
  ] as const;
  const { buttonProps } = headerFooterDisplayItem;
  return (
    <footer className={fr.cx('fr-footer')} role="contentinfo" id={FOOTER_ID}>
      <div className={fr.cx('fr-container')}>
        <div className={fr.cx('fr-footer__body')}>
          <div className={fr.cx('fr-footer__brand', 'fr-enlarge-link')}>
            {serviceIdentity.isState ? (
              <Link href="/" title={t('layout.homeTitle', { name })}>
                <p className={fr.cx('fr-logo')} lang="fr">
                  {brandFirst}
                  <br />
                  {brandSecond}
                </p>
              </Link>
            ) : (
              <Link
                href="/"
                title={t('layout.homeTitle', { name })}
                className={`${fr.cx('fr-footer__brand-link')} service-brand`}
              >
                {serviceIdentity.logoUrl !== undefined && (
                  <img className="service-logo" src={serviceIdentity.logoUrl} alt="" />
                )}
                <span className={fr.cx('fr-h5', 'fr-mb-0')}>{name}</span>
              </Link>
            )}
          </div>
          <div className={fr.cx('fr-footer__content')}>
            <p className={fr.cx('fr-footer__content-desc')}>
              {saysVerifiedInBrowser
                ? t('layout.footer.verifiedInBrowser')
                : t('layout.footer.description')}
            </p>
          </div>
        </div>
        <div className={fr.cx('fr-footer__bottom')}>
          <ul className={fr.cx('fr-footer__bottom-list')}>
            {bottomLinks.map((link) => (
              <li key={link.href} className={fr.cx('fr-footer__bottom-item')}>
                <Link href={link.href} className={fr.cx('fr-footer__bottom-link')}>
                  {t(link.key)}
                </Link>
              </li>
            ))}
            <li className={fr.cx('fr-footer__bottom-item')}>
              <button
                {...buttonProps}
                type="button"
                className={fr.cx(
                  'fr-footer__bottom-link',
                  'fr-icon-theme-fill',
                  'fr-btn--icon-left',
                )}
              >
                {t('layout.footer.display')}
              </button>
            </li>
          </ul>
          <div className={fr.cx('fr-footer__bottom-copy')}>
            <p>{t('layout.footer.licence')}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
