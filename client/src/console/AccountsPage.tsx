import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { required } from '../accounts/requiredError';
import { fr } from '@codegouvfr/react-dsfr';
import { SmallButtonRow } from '../ui/SmallButtonRow';
import type { ApiOutput } from '../../../shared/api/route';
import type { Contract } from '../../../shared/api/contract';
import { tPlural } from '../i18n/plural';
import { useI18n } from '../i18n/useI18n';
import { Accordion } from '../ui/Accordion';
import { Button } from '../ui/Button';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { ChoiceFieldset } from '../ui/ChoiceFieldset';
import { ErrorSummary } from '../ui/ErrorSummary';
import { messageText } from '../ui/formMessage';
import { Table } from '../ui/Table';
import { formatDateTime } from '../ui/formatDateTime';
import type { FormError } from '../ui/formErrors';
import { SignOutButton } from '../session/SignOutButton';
import { StatusMessage } from '../ui/StatusMessage';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFormState } from '../session/useFormState';
import type { SignedInAccount } from '../session/organiserSession';
import { useRoleNames } from '../accounts/AccountNav';
import { describeAuditTarget, type AuditLookups } from '../accounts/auditTarget';
import { useApiData } from '../accounts/useApiData';
import { DeliveriesSection } from '../deliveries/DeliveriesSection';
import { DeliveryFailureAlert } from '../deliveries/DeliveryFailureAlert';
import { useDeliveries } from '../deliveries/useDeliveries';
import { api } from '../api/api';
import type { ProcessState } from '../../../shared/process/processState';
import type { PublicCallView } from '../organiser/callView';

type AccountRole = SignedInAccount['roles'][number];
const ROLES: readonly AccountRole[] = ['administrator', 'organiser', 'facilitator', 'auditor'];

type AccountRow = ApiOutput<Contract['accounts.list']>[number];

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

/**
 * Titles of processes and calls, to name the audit trail's targets. Quiet on failure: an administrator
 * who is not an organiser may not list processes, and the row then says "Un processus".
 */
function useTitles<T extends { id: string }>(
  fetchList: () => Promise<readonly T[]>,
  titleOf: (item: T) => string,
) {
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    fetchList().then(
      (items) => {
        if (!live) return;
        const entries = items.map((item) => [item.id, titleOf(item)] as const);
        setTitles(new Map(entries));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
    // fetchList and titleOf are module-level functions below: they never change.
  }, [fetchList, titleOf]);
  return titles;
}
const listProcesses = () => api('processes.list');
const listCalls = () => api('publicCalls.list');
const processTitle = (process: ProcessState) => process.settings.title;
const callTitle = (call: PublicCallView) => call.title;

/** "Comptes" (administrators): every account, invitations, password links, disabling; the audit trail. */
export function AccountsPage() {
  const i18n = useI18n();
  const { t, language } = i18n;
  useDocumentTitle(t('account.accounts.title'));
  const accounts = useApiData('accounts.list');
  const audit = useApiData('accounts.auditTrail');
  const roleNames = useRoleNames();
  const deliveries = useDeliveries('accounts');
  const form = useFormState();
  const [link, setLink] = useState<{ email: string; url: string }>();
  const processes = useTitles(listProcesses, processTitle);
  const calls = useTitles(listCalls, callTitle);
  const lookups = useMemo<AuditLookups>(
    () => ({
      accounts: new Map((accounts.value ?? []).map((account) => [account.id, account.email])),
      processes,
      calls,
    }),
    [accounts.value, processes, calls],
  );
  const reload = () => {
    void accounts.load();
    void audit.load();
    void deliveries.reload();
  };

  /** Runs an action on an account: the link shown before goes, and the lists reload whatever the answer. */
  async function act<T>(run: () => Promise<T>, onDone: (done: T) => void) {
    setLink(undefined);
    const done = await form.submit(run);
    if (done !== undefined) onDone(done);
    reload();
  }
  const resetLink = (account: AccountRow) =>
    act(
      () => api('accounts.resetLink', { params: { accountId: account.id } }),
      (made) => setLink({ email: account.email, url: made.link }),
    );
  const endSessions = (account: AccountRow) =>
    act(
      () => api('accounts.endSessions', { params: { accountId: account.id } }),
      (done) =>
        form.setNotice({ key: 'account.accounts.sessionsEnded', values: { count: done.ended } }),
    );
  const disable = (account: AccountRow) =>
    act(
      () => api('accounts.disable', { params: { accountId: account.id } }),
      () =>
        form.setNotice({ key: 'account.accounts.disabledDone', values: { email: account.email } }),
    );
  /** The buttons under each account still enabled, in this order; each names its account to a screen reader. */
  const actions = [
    {
      run: resetLink,
      label: 'account.accounts.resetLink',
      ariaLabel: 'account.accounts.resetLinkLabel',
    },
    {
      run: endSessions,
      label: 'account.accounts.endSessions',
      ariaLabel: 'account.accounts.endSessionsLabel',
    },
    { run: disable, label: 'account.accounts.disable', ariaLabel: 'account.accounts.disableLabel' },
  ] as const;

  const state = (account: AccountRow) =>
    account.disabledAt !== null
      ? t('account.accounts.disabled')
      : account.active
        ? t('account.accounts.active')
        : t('account.accounts.pending');

  return (
    <div className={fr.cx('fr-my-4w')}>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--right')}>
        <SignOutButton />
      </div>
      <h1>{t('account.accounts.title')}</h1>
      <DeliveryFailureAlert report={deliveries.report} />
      <p>{t('account.accounts.intro')}</p>
      <ErrorSummary errors={[...accounts.errors, ...form.errors]} />
      <StatusMessage notice={form.notice} />
      {link !== undefined && (
        <div className={fr.cx('fr-alert', 'fr-alert--info', 'fr-my-2w')} role="status">
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
          <h2>{t('account.accounts.listHeading')}</h2>
          <ul className="account-list">
            {accounts.value.map((account) => (
              <li key={account.id} data-testid="account-item">
                <h3 className={fr.cx('fr-h6')}>{account.displayName || account.email}</h3>
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
                  <SmallButtonRow>
                    {actions.map(({ run, label, ariaLabel }) => (
                      <li key={label}>
                        <Button
                          priority="secondary"
                          disabled={form.busy}
                          nativeButtonProps={{
                            'aria-label': t(ariaLabel, {
                              email: account.email,
                            }),
                          }}
                          onClick={() => void run(account)}
                        >
                          {t(label)}
                        </Button>
                      </li>
                    ))}
                  </SmallButtonRow>
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
      <section className={fr.cx('fr-mt-6w')} aria-labelledby="audit-heading">
        <h2 id="audit-heading">{t('account.audit.heading')}</h2>
        <p>{t('account.audit.intro')}</p>
        <ErrorSummary errors={audit.errors} />
        {audit.value !== undefined && (
          <Table
            caption={tPlural(i18n, 'account.audit.caption', audit.value.length, {
              count: audit.value.length,
            })}
            columns={[
              t('account.audit.colAt'),
              t('account.audit.colActor'),
              t('account.audit.colAction'),
              t('account.audit.colTarget'),
            ]}
            size="sm"
          >
            {audit.value.map((row) => {
              const target = describeAuditTarget(row.action, row.target, lookups);
              return (
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
                    {target !== undefined && (
                      <>
                        {messageText(t, target)}
                        <span className="kl-detail">
                          {t('account.audit.target.id', { id: row.target })}
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </Table>
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
    if (email.trim() === '') errors.push({ ...required('account.field.email'), fieldId: emailId });
    if (roles.length === 0)
      errors.push({ key: 'account.invite.noRole', fieldId: `${rolesId}-${ROLES[0]}` });
    if (errors.length > 0) return form.fail(errors);
    const done = await form.submit(
      () =>
        api('accounts.invite', { body: { email: email.trim(), roles, language: mailLanguage } }),
      (error) => [{ key: error.key, fieldId: emailId }],
    );
    if (done === undefined) return;
    onInvited({ email: email.trim(), url: done.link });
    setEmail('');
  }

  return (
    <section className={fr.cx('fr-mt-6w')} aria-labelledby={`${id}-heading`}>
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
        <ChoiceFieldset
          id={`${id}-language`}
          legend={t('account.invite.language')}
          inline
          choices={[
            { value: 'fr', label: t('account.invite.french') },
            { value: 'en', label: t('account.invite.english') },
          ]}
          value={mailLanguage}
          onChange={setMailLanguage}
        />
        <Button type="submit" disabled={form.busy}>
          {t('account.invite.submit')}
        </Button>
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
      api('accounts.roles', { params: { accountId: account.id }, body: { roles } }),
    );
    if (done !== undefined) onSaved();
  }
  return (
    <Accordion
      label={t('account.roles.change', { email: account.email })}
      className={fr.cx('fr-mt-2w')}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={form.errors} />
        <RolesFieldset idPrefix={id} roles={roles} onChange={setRoles} />
        <Button type="submit" disabled={form.busy}>
          {t('account.roles.save')}
        </Button>
      </form>
    </Accordion>
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
    <CheckboxGroup
      id={idPrefix}
      legend={t('account.invite.roles')}
      options={ROLES.map((role) => ({ value: role, label: t(`account.role.${role}`) }))}
      inputIdOf={(role) => `${idPrefix}-${role}`}
      value={roles}
      onChange={(chosen) => onChange(() => chosen)}
    />
  );
}
