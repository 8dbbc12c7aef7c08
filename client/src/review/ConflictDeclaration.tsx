import { Button } from '../ui/Button';
import { ConfirmBox } from '../ui/ConfirmBox';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummary } from '../ui/ErrorSummary';
import { useConfirmStep } from '../ui/useConfirmStep';
import { useFormState } from '../session/useFormState';
import { explainReviewerError } from './reviewerErrors';

/** "I have a conflict of interest": a button, then an explicit confirmation saying what will happen. */
export function ConflictDeclaration({
  token,
  applicationRef,
  title,
  onDeclared,
}: {
  token: string;
  applicationRef: string;
  title: string;
  onDeclared: () => void;
}) {
  const { t } = useI18n();
  const confirm = useConfirmStep();
  const form = useFormState();

  async function declare() {
    const done = await form.submit(
      () => api('reviewers.conflict', { params: { token, ref: applicationRef } }),
      explainReviewerError,
    );
    confirm.close();
    if (done !== undefined) onDeclared();
  }

  return (
    <div className="conflict fr-mt-4w">
      <ErrorSummary errors={form.errors} />
      {confirm.isOpen ? (
        <ConfirmBox
          {...confirm.box}
          question={t('review.conflict.question', { title })}
          consequence={t('review.conflict.consequence')}
          confirmLabel={t('review.conflict.confirm')}
          cancelLabel={t('review.conflict.cancel')}
          busy={form.busy}
          onConfirm={() => void declare()}
        />
      ) : (
        <>
          <p className="fr-hint-text fr-text--md">{t('review.conflict.hint')}</p>
          <Button
            type="button"
            id={confirm.triggerId}
            priority="secondary"
            iconId="fr-icon-error-warning-line"
            onClick={confirm.open}
          >
            {t('review.conflict.declare')}
          </Button>
        </>
      )}
    </div>
  );
}
