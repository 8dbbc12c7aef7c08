import { useMemo, useRef } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummaryRegion } from './ErrorSummaryRegion';
import { messageText, type FormMessage } from './formMessage';

/** An error to list: its message, and the field it is about (console FormErrors carry `fieldId`). */
export type SummaryError = FormMessage & {
  fieldId?: string | undefined;
  code?: string | undefined;
};

/**
 * A form's error summary (DSFR Alert of type error), focused when a new list arrives: each error in the
 * reader's language, linked to its field when it has one, with the server's code to quote for help.
 * `linkTo` gives the field's id for errors that name their field otherwise (the calls' `field`).
 */
export function ErrorSummary<E extends SummaryError>({
  errors,
  linkTo,
  titleAs,
  testId,
}: {
  errors: readonly E[];
  linkTo?: (error: E) => string | undefined;
  titleAs?: 'p' | 'h2' | 'h3';
  testId?: string;
}) {
  const { t } = useI18n();
  // Read through a ref: an inline `linkTo` must not make a new list (which takes focus) at every render.
  const link = useRef(linkTo);
  link.current = linkTo;
  const items = useMemo(
    () =>
      errors.map((error) => ({
        key: error.key,
        text: messageText(t, error),
        targetId: link.current === undefined ? error.fieldId : link.current(error),
        detail: error.code,
      })),
    [errors, t],
  );
  return (
    <ErrorSummaryRegion
      items={items}
      title={
        errors.length === 1 ? t('ui.errors.one') : t('ui.errors.many', { count: errors.length })
      }
      detailLabel={t('ui.errors.detail')}
      titleAs={titleAs}
      testId={testId}
    />
  );
}
