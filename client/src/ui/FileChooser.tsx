import { forwardRef, useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import './fileChooser.css';

/**
 * A DSFR upload field whose button speaks the page's language: the browser's own "Choose File" follows
 * the browser's language, not the page's. The native input stays (visually hidden, focusable, labelled);
 * the visible button is a second label for it, so a click still opens the dialog; the input is named by
 * the first label alone.
 */
export const FileChooser = forwardRef<
  HTMLInputElement,
  {
    label: ReactNode;
    hint?: ReactNode;
    accept: string;
    onFile?: (file: File | undefined) => void;
  }
>(function FileChooser({ label, hint, accept, onFile }, ref) {
  const { t } = useI18n();
  const id = useId();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const [name, setName] = useState<string | undefined>();
  function change(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setName(file?.name);
    onFile?.(file);
  }
  return (
    <div className="fr-upload-group file-chooser fr-mb-3w">
      {/* The hint is a description, not part of the name: a name is what a person says to reach the field. */}
      <label className="fr-label" htmlFor={id} id={labelId}>
        {label}
      </label>
      {hint !== undefined && (
        <p className="fr-hint-text fr-mb-0" id={hintId}>
          {hint}
        </p>
      )}
      <input
        id={id}
        ref={ref}
        className="fr-sr-only file-chooser-input"
        type="file"
        accept={accept}
        aria-labelledby={labelId}
        aria-describedby={hint === undefined ? undefined : hintId}
        onChange={change}
      />
      <div className="file-chooser-row fr-mt-1w">
        <label
          htmlFor={id}
          aria-hidden="true"
          className="fr-btn fr-btn--secondary fr-btn--sm fr-btn--icon-left fr-icon-upload-2-line file-chooser-button"
        >
          {t('file.choose')}
        </label>
        <span className="fr-text--sm fr-mb-0 file-chooser-name" aria-hidden="true">
          {name === undefined ? t('file.none') : name}
        </span>
      </div>
    </div>
  );
});
