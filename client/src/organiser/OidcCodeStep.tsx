import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { ErrorCode } from '../../../shared/errors';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormError } from '../ui/formErrors';
import { Button } from '../ui/Button';
import { StatusMessage } from '../ui/StatusMessage';
import { SignInCodeField } from './SignInCodeField';
import { CentredColumn } from '../ui/CentredColumn';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFormState } from '../session/useFormState';

/** Whether the server sent the browser back from the provider to ask for the account's code. */
export const isOidcCodeStep = (): boolean =>
  new URL(window.location.href).searchParams.get('oidc') === 'code';

/** Takes `?oidc=code` off the address, so that a reload shows the ordinary sign-in page. */
function forgetCodeStep(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete('oidc');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

/**
 * After the identity provider's sign-in, an account with two-step verification still gives the code of its
 * authentication app (or a recovery code): the provider's sign-in never skips it.
 */
export function OidcCodeStep({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useI18n();
  useDocumentTitle(t('oidc.code.title'));
  const id = useId();
  const codeId = `${id}-code`;
  const [code, setCode] = useState('');
  const [expired, setExpired] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const form = useFormState();

  useEffect(() => {
    input.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (code.trim() === '')
      return form.fail([
        {
          key: 'account.error.requiredField',
          refs: { field: 'account.field.code' },
          fieldId: codeId,
        } satisfies FormError,
      ]);
    const done = await form.submit(
      () => api('oidc.code', { body: { code: code.trim() } }),
      (error) => {
        if (error.code === ErrorCode.TotpInvalid) return [{ key: error.key, fieldId: codeId }];
        if (error.code === ErrorCode.TokenInvalid) {
          setExpired(true);
          return [{ key: 'oidc.refused.expired' }];
        }
        return undefined;
      },
    );
    if (done !== undefined) {
      forgetCodeStep();
      onSignedIn();
    }
  }

  return (
    <CentredColumn>
      <h1>{t('oidc.code.title')}</h1>
      <StatusMessage notice={form.notice} />
      <p>{t('oidc.code.intro')}</p>
      {expired ? (
        <>
          <ErrorSummary errors={form.errors} />
          <p>
            <a href="/organiser">{t('oidc.code.again')}</a>
          </p>
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary errors={form.errors} />
          <SignInCodeField
            ref={input}
            id={codeId}
            error={form.errorFor(codeId)}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
          <Button type="submit" disabled={form.busy}>
            {t('account.login.submit')}
          </Button>
        </form>
      )}
    </CentredColumn>
  );
}
