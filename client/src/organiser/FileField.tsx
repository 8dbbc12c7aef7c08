import { useReducer, useRef, type ChangeEvent, type ComponentProps, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { FormError } from '../ui/formErrors';

type FileFieldProps = Omit<
  ComponentProps<'input'>,
  'id' | 'type' | 'className' | 'aria-describedby' | 'aria-invalid'
> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: FormError | undefined;
};

/**
 * A file input in the design system's upload group: its label, hint and error, then a button worded in
 * the reader's language ("Choisir un fichier", never the browser's own "Choose File") and the chosen
 * file's name. The real input lies over the button, transparent: a click, a tap or the keyboard reach it,
 * and its focus ring shows on the button.
 */
export function FileField({ id, label, hint, error, ref, onChange, ...input }: FileFieldProps) {
  const { t } = useI18n();
  const inner = useRef<HTMLInputElement | null>(null);
  // The name is read from the input at each render: a form that clears the input after sending it
  // re-renders, and the name goes with it.
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? '' : hintId, error === undefined ? '' : errorId]
    .filter((part) => part !== '')
    .join(' ');
  const chosen = inner.current?.files?.[0]?.name;
  return (
    <div
      className={
        error === undefined
          ? 'fr-upload-group file-field fr-mb-3w'
          : 'fr-upload-group file-field fr-mb-3w fr-input-group--error'
      }
    >
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <p className="fr-hint-text fr-mb-1w" id={hintId}>
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p className="fr-error-text fr-mt-0 fr-mb-1w" id={errorId}>
          {t('organiser.field.errorPrefix')} {t(error.key, error.values)}
        </p>
      )}
      <div className="file-field__control">
        <input
          {...input}
          ref={(element) => {
            inner.current = element;
            if (typeof ref === 'function') ref(element);
            else if (ref !== null && ref !== undefined) ref.current = element;
          }}
          id={id}
          type="file"
          className="file-field__input"
          aria-describedby={describedBy === '' ? undefined : describedBy}
          aria-invalid={error === undefined ? undefined : true}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            refresh();
            onChange?.(event);
          }}
        />
        <span
          className="fr-btn fr-btn--secondary fr-btn--sm fr-btn--icon-left fr-icon-upload-line file-field__button"
          aria-hidden="true"
        >
          {t('console.file.choose')}
        </span>
        <span className="file-field__name fr-text--sm fr-mb-0" aria-hidden="true">
          {chosen ?? t('console.file.none')}
        </span>
      </div>
    </div>
  );
}
