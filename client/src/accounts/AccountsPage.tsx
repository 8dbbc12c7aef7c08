import { useId, useState, type FormEvent } from 'react';
import { apiSend } from '../api/apiClient';
import { tPlural } from '../i18n/plural';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummary } from '../ui/ErrorSummary';
import { formatDateTime } from '../ui/formatDateTime';
import type { FormError } from '../ui/formErrors';
import { SignOutButton } from '../session/SignOutButton';
import { StatusMessage } from '../ui/StatusMessage';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFormState } from '../session/useFormState';
import type { SignedInAccount } from '../session/organiserSession';
import { useRoleNames } from './AccountNav';
import { useApiData } from './useApiData';
import { DeliveriesSection } from '../deliveries/DeliveriesSection';
import { DeliveryFailureAlert } from '../deliveries/DeliveryFailureAlert';
import { useDeliveries } from '../deliveries/useDeliveries';

type AccountRole = SignedInAccount['roles'][number];
const ROLES: readonly AccountRole[] = ['administrator', 'organiser', 'facilitator', 'auditor'];

interface AccountRow extends SignedInAccount {
  active: boolean;
  disabledAt: string | null;
  sessions: number;
}

/** The actions the audit trail names in words; the others are console routes, shown as such. */
const NAMED_ACTIONS = [
  'account.setup',
  'account.invite',
  'account.resetLink',
  'account.acceptInvitation',
  'account.resetPassword',
  'account.roles',
  'account.disable',
  'account.endSessions',
  'account.totpOn',
  'account.totpOff',
  'session.signIn',
  'process.facilitators',
] as const;
const isNamedAction = (action: string): action is (typeof NAMED_ACTIONS)[number] =>
  (NAMED_ACTIONS as readonly string[]).includes(action);

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
}

/** "Comptes" (administrators): every account, invitations, password links, disabling; the audit trail. */
export function AccountsPage() {
  const i18n = useI18n();
  const { t, language } = i18n;
  useDocumentTitle(t('account.accounts.title'));
  const accounts = useApiData<AccountRow[]>('/api/accounts');
  const audit = useApiData<AuditRow[]>('/api/audit-trail');
  const roleNames = useRoleNames();
  const deliveries = useDeliveries('accounts');
  const form = useFormState();
  const [link, setLink] = useState<{ email: string; url: string }>();
  const reload = () => {
    void accounts.load();
    void audit.load();
    void deliveries.reload();
  };

  async function resetLink(account: AccountRow) {
    setLink(undefined);
    const made = await form.submit(() =>
      apiSend<{ link: string }>('POST', `/api/accounts/${account.id}/reset-link`),
    );
    if (made !== undefined) setLink({ email: account.email, url: made.link });
    reload();
  }
  async function disable(account: AccountRow) {
    setLink(undefined);
    const done = await form.submit(() => apiSend('POST', `/api/accounts/${account.id}/disable`));
    if (done !== undefined)
      form.setNotice({ key: 'account.accounts.disabledDone', values: { email: account.email } });
    reload();
  }
  async function endSessions(account: AccountRow) {
    setLink(undefined);
    const done = await form.submit(() =>
      apiSend<{ ended: number }>('POST', `/api/accounts/${account.id}/sessions/end`),
    );
    if (done !== undefined)
      form.setNotice({ key: 'account.accounts.sessionsEnded', values: { count: done.ended } });
    reload();
  }

  const state = (account: AccountRow) =>
    account.disabledAt !== null
      ? t('account.accounts.disabled')
      : account.active
        ? t('account.accounts.active')
        : t('account.accounts.pending');

  return (
    <div className="organiser">
      <div className="organiser-toolbar">
        <SignOutButton />
      </div>
      <h1>{t('account.accounts.title')}</h1>
      <DeliveryFailureAlert report={deliveries.report} />
      <p>{t('account.accounts.intro')}</p>
      <ErrorSummary errors={[...accounts.errors, ...form.errors]} />
      <StatusMessage notice={form.notice} />
      {link !== undefined && (
        <div className="notice" role="status">
          <p>{t('account.accounts.linkReady', { email: link.email })}</p>
          <p className="account-link" data-testid="account-link">
            {link.url}
          </p>
        </div>
      )}
      {accounts.value === undefined ? (
        <p role="status">{t('account.loading')}</p>
      ) : (
        <>
          <p>
            {tPlural(i18n, 'account.accounts.caption', accounts.value.length, {
              count: accounts.value.length,
            })}
          </p>
          <ul className="account-list">
            {accounts.value.map((account) => (
              <li key={account.id} data-testid="account-item">
                <h2>{account.displayName || account.email}</h2>
                <p className="account-email">{account.email}</p>
                <p>{t('account.mine.roles', { roles: roleNames(account.roles) })}</p>
                <p>
                  {t('account.accounts.stateLine', {
                    state: account.totpEnabled
                      ? `${state(account)}, ${t('account.accounts.totp')}`
                      : state(account),
                  })}
                </p>
                {account.disabledAt === null && <RolesEditor account={account} onSaved={reload} />}
                {account.disabledAt === null && (
                  <div className="account-actions">
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={form.busy}
                      aria-label={t('account.accounts.resetLinkLabel', {
                        email: account.email,
                      })}
                      onClick={() => void resetLink(account)}
                    >
                      {t('account.accounts.resetLink')}
                    </button>
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={form.busy}
                      aria-label={t('account.accounts.endSessionsLabel', {
                        email: account.email,
                      })}
                      onClick={() => void endSessions(account)}
                    >
                      {t('account.accounts.endSessions')}
                    </button>
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={form.busy}
                      aria-label={t('account.accounts.disableLabel', { email: account.email })}
                      onClick={() => void disable(account)}
                    >
                      {t('account.accounts.disable')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <InviteForm
        onInvited={(invited) => {
          setLink(invited);
          reload();
        }}
      />
      <DeliveriesSection deliveries={deliveries} />
      <section className="ceremony-section" aria-labelledby="audit-heading">
        <h2 id="audit-heading">{t('account.audit.heading')}</h2>
        <p>{t('account.audit.intro')}</p>
        <ErrorSummary errors={audit.errors} />
        {audit.value !== undefined && (
          <div className="table-scroll">
            <table>
              <caption>
                {tPlural(i18n, 'account.audit.caption', audit.value.length, {
                  count: audit.value.length,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('account.audit.colAt')}</th>
                  <th scope="col">{t('account.audit.colActor')}</th>
                  <th scope="col">{t('account.audit.colAction')}</th>
                  <th scope="col">{t('account.audit.colTarget')}</th>
                </tr>
              </thead>
              <tbody>
                {audit.value.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{formatDateTime(row.at, language)}</th>
                    <td>{row.actor}</td>
                    <td>
                      {isNamedAction(row.action) ? (
                        t(`account.action.${row.action}`)
                      ) : (
                        <code>{row.action}</code>
                      )}
                    </td>
                    <td>
                      <code>{row.target}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function InviteForm({ onInvited }: { onInvited: (link: { email: string; url: string }) => void }) {
  const { t, language } = useI18n();
  const id = useId();
  const emailId = `${id}-email`;
  const rolesId = `${id}-roles`;
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<AccountRole[]>(['organiser']);
  const [mailLanguage, setMailLanguage] = useState(language);
  const form = useFormState();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FormError[] = [];
    if (email.trim() === '') errors.push({ key: 'account.error.required', fieldId: emailId });
    if (roles.length === 0)
      errors.push({ key: 'account.invite.noRole', fieldId: `${rolesId}-${ROLES[0]}` });
    if (errors.length > 0) return form.fail(errors);
    const done = await form.submit(
      () =>
        apiSend<{ link: string }>('POST', '/api/accounts', {
          email: email.trim(),
          roles,
          language: mailLanguage,
        }),
      (error) => [{ key: error.key, fieldId: emailId }],
    );
    if (done === undefined) return;
    onInvited({ email: email.trim(), url: done.link });
    setEmail('');
  }

  return (
    <section className="ceremony-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('account.invite.heading')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={form.errors} />
        <TextField
          id={emailId}
          label={t('account.field.email')}
          error={form.errorFor(emailId)}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <RolesFieldset idPrefix={rolesId} roles={roles} onChange={setRoles} />
        <fieldset>
          <legend>{t('account.invite.language')}</legend>
          {(['fr', 'en'] as const).map((choice) => (
            <div className="field-checkbox" key={choice}>
              <input
                type="radio"
                name={`${id}-language`}
                id={`${id}-language-${choice}`}
                checked={mailLanguage === choice}
                onChange={() => setMailLanguage(choice)}
              />
              <label htmlFor={`${id}-language-${choice}`}>
                {t(choice === 'fr' ? 'account.invite.french' : 'account.invite.english')}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" disabled={form.busy}>
          {t('account.invite.submit')}
        </button>
      </form>
    </section>
  );
}

/** Changes an account's roles, folded under the list of its roles. */
function RolesEditor({ account, onSaved }: { account: AccountRow; onSaved: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [roles, setRoles] = useState<AccountRole[]>(account.roles);
  const form = useFormState();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (roles.length === 0)
      return form.fail([{ key: 'account.invite.noRole', fieldId: `${id}-${ROLES[0]}` }]);
    const done = await form.submit(() =>
      apiSend('PUT', `/api/accounts/${account.id}/roles`, { roles }),
    );
    if (done !== undefined) onSaved();
  }
  return (
    <details>
      <summary>{t('account.roles.change', { email: account.email })}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={form.errors} />
        <RolesFieldset idPrefix={id} roles={roles} onChange={setRoles} />
        <button type="submit" disabled={form.busy}>
          {t('account.roles.save')}
        </button>
      </form>
    </details>
  );
}

/** The four roles as checkboxes (the first one's id is `${idPrefix}-administrator`, for error links). */
function RolesFieldset({
  idPrefix,
  roles,
  onChange,
}: {
  idPrefix: string;
  roles: readonly AccountRole[];
  onChange: (update: (current: AccountRole[]) => AccountRole[]) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('account.invite.roles')}</legend>
      {ROLES.map((role) => (
        <div className="field-checkbox" key={role}>
          <input
            type="checkbox"
            id={`${idPrefix}-${role}`}
            checked={roles.includes(role)}
            onChange={(event) =>
              onChange((current) =>
                event.target.checked
                  ? [...current, role]
                  : current.filter((other) => other !== role),
              )
            }
          />
          <label htmlFor={`${idPrefix}-${role}`}>{t(`account.role.${role}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
