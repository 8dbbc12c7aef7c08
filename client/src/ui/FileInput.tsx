import './ui.css';
import { useState, type ChangeEvent, type ComponentProps, type ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { useI18n } from '../i18n/useI18n';
import { classNames } from './classNames';
import { describedBy } from './describedBy';
import { FieldErrorText } from './FieldErrorText';
import type { FormMessage } from './formMessage';

export type FileInputProps = Omit<
  ComponentProps<'input'>,
  'id' | 'type' | 'aria-describedby' | 'aria-invalid'
> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FormMessage | undefined;
};

/**
 * A file picker in the DSFR Upload's layout (`fr-upload-group`) that speaks the page's language: a
 * native <input type="file"> draws its button and "no file chosen" in the browser's language, so the
 * native input is visually hidden (still focusable, still the labelled control) and the label shows our
 * own "Choisir un fichier" button, then a line with the chosen file's name or "Aucun fichier
 * sélectionné", tied to the input by aria-describedby. Every other prop goes to the <input> (ref,
 * accept, multiple, onChange…). TextField with type="file" renders this.
 */
export function FileInput({
  id,
  label,
  hint,
  error,
  onChange,
  className,
  ...input
}: FileInputProps) {
  const { t } = useI18n();
  const [names, setNames] = useState<readonly string[]>([]);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const chosenId = `${id}-chosen`;
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    setNames(Array.from(event.target.files ?? [], (file) => file.name));
    onChange?.(event);
  };
  const chosen =
    names.length === 0
      ? t('ui.upload.none')
      : names.length === 1
        ? t('ui.upload.chosen', { name: names[0] ?? '' })
        : t('ui.upload.chosenMany', { names: names.join(', ') });
  return (
    <div
      className={fr.cx(
        'fr-upload-group',
        'fr-input-group',
        error !== undefined && 'fr-input-group--error',
      )}
    >
      <input
        type="file"
        id={id}
        className={classNames('kl-file-input', className)}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(
          hint !== undefined && hintId,
          chosenId,
          error !== undefined && errorId,
        )}
        onChange={change}
        {...input}
      />
      <label className={fr.cx('fr-label')} htmlFor={id}>
        {label}
        <span
          className="kl-file-button fr-btn fr-btn--secondary fr-btn--sm fr-mt-1w"
          aria-hidden="true"
        >
          {t('ui.upload.choose')}
        </span>
      </label>
      {hint !== undefined && (
        <p className="fr-hint-text fr-mt-1w fr-mb-0" id={hintId}>
          {hint}
        </p>
      )}
      <p className="kl-file-chosen fr-text--sm fr-mt-1w fr-mb-0" id={chosenId}>
        {chosen}
      </p>
      {error !== undefined && <FieldErrorText id={errorId} message={error} />}
    </div>
  );
}
