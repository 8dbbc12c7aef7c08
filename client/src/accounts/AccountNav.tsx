import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import type { SignedInAccount } from '../session/organiserSession';
import './accounts.css';

/** The signed-in account's bar: who, the console, "Mon compte", and "Comptes" for administrators. */
export function AccountNav({ account }: { account: SignedInAccount }) {
  const { t } = useI18n();
  return (
    <nav className="account-nav" aria-label={t('account.nav.label')}>
      <span className="account-nav-who">
        {t('account.nav.signedInAs', { name: account.displayName || account.email })}
      </span>
      <ul>
        <li>
          <Link href="/organiser">{t('account.nav.console')}</Link>
        </li>
        <li>
          <Link href="/organiser/mon-compte">{t('account.nav.mine')}</Link>
        </li>
        {account.roles.includes('administrator') && (
          <li>
            <Link href="/organiser/comptes">{t('account.nav.accounts')}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** The roles in the reader's language, comma-separated. */
export function useRoleNames() {
  const { t } = useI18n();
  return (roles: readonly SignedInAccount['roles'][number][]) =>
    roles.map((role) => t(`account.role.${role}`)).join(', ');
}
