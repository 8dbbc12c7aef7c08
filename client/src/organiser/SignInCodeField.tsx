import type { ComponentProps } from 'react';
import { useI18n } from '../i18n/useI18n';
import { CodeField } from '../ui/CodeField';

/**
 * The code an account with two-step verification gives to sign in, with a password or after the identity
 * provider: its authentication app's six digits or one of its recovery codes. Every other prop is
 * CodeField's (id, error, value, onChange, ref).
 */
export function SignInCodeField(
  field: Omit<ComponentProps<typeof CodeField>, 'label' | 'hint' | 'isRecoveryCodeAccepted'>,
) {
  const { t } = useI18n();
  return (
    <CodeField
      {...field}
      label={t('account.field.code')}
      hint={t('account.field.codeHint')}
      isRecoveryCodeAccepted
      required
    />
  );
}
