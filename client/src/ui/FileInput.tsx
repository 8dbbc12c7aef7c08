import './ui.css';
import {
  useId,
  useReducer,
  useRef,
  type ChangeEvent,
  type ComponentProps,
  type ReactNode,
} from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { useI18n } from '../i18n/useI18n';
import { describedBy } from './describedBy';
import { FieldErrorText } from './FieldErrorText';
import type { FormMessage } from './formMessage';

export type FileInputProps = Omit<
  ComponentProps<'input'>,
  'id' | 'type' | 'className' | 'aria-describedby' | 'aria-invalid'
> & {
  /** The input's id; a generated one when absent. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FormMessage | undefined;
};

/**
 * The kit's one file picker, in the DSFR Upload's group (`fr-upload-group`): label, hint, then a button
 * worded in the page's language ("Choisir un fichier", never the browser's own "Choose File") beside the
 * chosen file's name or "Aucun fichier choisi", then the error. The real input lies over the button and
 * the name, transparent: a click, a tap or the keyboard reach it, its focus ring shows on the button, and
 * its label is its whole accessible name. Every other prop goes to the <input> (ref, accept, required,
 * multiple, onChange…).
 */
export function FileInput({ id, label, hint, error, ref, onChange, ...input }: FileInputProps) {
  const { t } = useI18n();
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const inner = useRef<HTMLInputElement | null>(null);
  // The names are read from the input at each render: a form that clears the input after sending it
  // re-renders, and the names go with it.
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const chosenId = `${inputId}-chosen`;
  const names = Array.from(inner.current?.files ?? [], (file) => file.name);
  const chosen = names.length === 0 ? t('ui.upload.none') : names.join(', ');
  return (
    <div
      className={fr.cx(
        'fr-upload-group',
        'fr-input-group',
        error !== undefined && 'fr-input-group--error',
      )}
    >
      <label className={fr.cx('fr-label')} htmlFor={inputId}>
        {label}
      </label>
      {hint !== undefined && (
        <p className="fr-hint-text fr-mb-0" id={hintId}>
          {hint}
        </p>
      )}
      <div className="kl-file fr-mt-1w">
        <input
          {...input}
          ref={(element) => {
            inner.current = element;
            if (typeof ref === 'function') ref(element);
            else if (ref !== null && ref !== undefined) ref.current = element;
          }}
          id={inputId}
          type="file"
          className="kl-file__input"
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={describedBy(
            hint !== undefined && hintId,
            chosenId,
            error !== undefined && errorId,
          )}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            refresh();
            onChange?.(event);
          }}
        />
        <span
          className={fr.cx(
            'fr-btn',
            'fr-btn--secondary',
            'fr-btn--sm',
            'fr-btn--icon-left',
            'fr-icon-upload-2-line',
          )}
          aria-hidden="true"
        >
          {t('ui.upload.choose')}
        </span>
        <span className="kl-file__chosen fr-text--sm fr-mb-0" id={chosenId}>
          {chosen}
        </span>
      </div>
      {error !== undefined && <FieldErrorText id={errorId} message={error} />}
    </div>
  );
}
