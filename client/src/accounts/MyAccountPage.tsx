import { useId, useState, type FormEvent } from 'react';
import { required } from './requiredError';
import { fr } from '@codegouvfr/react-dsfr';
import { api } from '../api/api';
import type { MyAccount } from '../../../shared/api/contract';
import { tPlural } from '../i18n/plural';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Table } from '../ui/Table';
import { formatDateTime } from '../ui/formatDateTime';
import { StatusMessage } from '../ui/StatusMessage';
import { SignOutButton } from '../session/SignOutButton';
import { CodeField } from '../ui/CodeField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFormState } from '../session/useFormState';
import { useRoleNames } from './AccountNav';
import { useApiData } from './useApiData';

type Me = MyAccount;

/** "Mon compte": two-step verification and the account's open sessions. */
export function MyAccountPage() {
  const { t } = useI18n();
  useDocumentTitle(t('account.mine.title'));
  const me = useApiData('account.me');
  const roleNames = useRoleNames();
  return (
    <div className={fr.cx('fr-my-4w')}>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--right')}>
        <SignOutButton />
      </div>
      <h1>{t('account.mine.title')}</h1>
      <ErrorSummary errors={me.errors} />
      {me.value === undefined ? (
        <p role="status">{t('account.loading')}</p>
      ) : (
        <>
          <p className="account-email">{me.value.email}</p>
          <p>{t('account.mine.roles', { roles: roleNames(me.value.roles) })}</p>
          <TotpSection enabled={me.value.totpEnabled} onChange={() => void me.load()} />
          <SessionsSection me={me.value} onChange={(next) => me.setValue(next)} />
        </>
      )}
    </div>
  );
}

function TotpSection({ enabled, onChange }: { enabled: boolean; onChange: () => void }) {
  const { t } = useI18n();
  const codeId = `${useId()}-code`;
  const [enrolment, setEnrolment] = useState<{ secret: string; qrCode: string }>();
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const form = useFormState();

  async function begin() {
    const started = await form.submit(() => api('account.totpBegin'));
    if (started !== undefined) setEnrolment(started);
  }
  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (code.trim() === '')
      return form.fail([{ ...required('account.field.code'), fieldId: codeId }]);
    const done = await form.submit(
      () => api('account.totpConfirm', { body: { code: code.trim() } }),
      (error) => [{ key: error.key, fieldId: codeId }],
    );
    if (done === undefined) return;
    setEnrolment(undefined);
    setRecoveryCodes(done.recoveryCodes);
    onChange();
  }
  async function disable() {
    const done = await form.submit(() => api('account.totpDisable'));
    if (done === undefined) return;
    setRecoveryCodes(undefined);
    form.setNotice({ key: 'account.totp.disabled' });
    onChange();
  }

  return (
    <section className={fr.cx('fr-mt-6w')} aria-labelledby={`${codeId}-heading`}>
      <h2 id={`${codeId}-heading`}>{t('account.totp.heading')}</h2>
      <ErrorSummary errors={form.errors} />
      <StatusMessage notice={form.notice} />
      {recoveryCodes !== undefined && (
        <div className={fr.cx('fr-alert', 'fr-alert--info', 'fr-my-2w')} role="status">
          <h3>{t('account.totp.recoveryHeading')}</h3>
          <p>{t('account.totp.recoveryIntro')}</p>
          <ul className="recovery-codes" data-testid="recovery-codes">
            {recoveryCodes.map((recovery) => (
              <li key={recovery}>{recovery}</li>
            ))}
          </ul>
        </div>
      )}
      <p>{t(enabled ? 'account.totp.on' : 'account.totp.off')}</p>
      {enabled ? (
        <button
          type="button"
          className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-btn--sm')}
          disabled={form.busy}
          onClick={() => void disable()}
        >
          {t('account.totp.disable')}
        </button>
      ) : enrolment === undefined ? (
        <button
          type="button"
          className={fr.cx('fr-btn')}
          disabled={form.busy}
          onClick={() => void begin()}
        >
          {t('account.totp.begin')}
        </button>
      ) : (
        <form onSubmit={(event) => void confirm(event)} noValidate>
          <p>{t('account.totp.scan')}</p>
          <img className="account-qr" src={enrolment.qrCode} alt={t('account.totp.qrAlt')} />
          <p>
            {t('account.totp.secret')}
            {t('punct.colon')}{' '}
            <code className="account-secret" data-testid="totp-secret">
              {enrolment.secret}
            </code>
          </p>
          <CodeField
            id={codeId}
            label={t('account.field.code')}
            error={form.errorFor(codeId)}
            required
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
          <button type="submit" className={fr.cx('fr-btn')} disabled={form.busy}>
            {t('account.totp.confirm')}
          </button>
        </form>
      )}
    </section>
  );
}

function SessionsSection({ me, onChange }: { me: Me; onChange: (next: Me) => void }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const headingId = `${useId()}-sessions`;
  const form = useFormState();
  async function revoke(id: string) {
    const next = await form.submit(() =>
      api('account.revokeSession', { params: { sessionId: id } }),
    );
    if (next === undefined) return;
    onChange(next);
    form.setNotice({ key: 'account.sessions.revoked' });
  }
  return (
    <section className={fr.cx('fr-mt-6w')} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.sessions.heading')}</h2>
      <ErrorSummary errors={form.errors} />
      <StatusMessage notice={form.notice} />
      <Table
        caption={tPlural(i18n, 'account.sessions.caption', me.sessions.length, {
          count: me.sessions.length,
        })}
        columns={[
          t('account.sessions.colBrowser'),
          t('account.sessions.colCreated'),
          t('account.sessions.colSeen'),
          t('account.sessions.colAction'),
        ]}
      >
        {me.sessions.map((session) => (
          <tr key={session.id}>
            <th scope="row">{session.userAgent || t('account.sessions.unknown')}</th>
            <td>{formatDateTime(session.createdAt, language)}</td>
            <td>{formatDateTime(session.lastSeenAt, language)}</td>
            <td>
              {session.current ? (
                t('account.sessions.current')
              ) : (
                <button
                  type="button"
                  className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-btn--sm')}
                  disabled={form.busy}
                  aria-label={t('account.sessions.revokeLabel', {
                    date: formatDateTime(session.createdAt, language),
                  })}
                  onClick={() => void revoke(session.id)}
                >
                  {t('account.sessions.revoke')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
