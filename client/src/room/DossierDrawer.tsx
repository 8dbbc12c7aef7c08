import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { Notice } from '../ui/Notice';
import { useI18n } from '../i18n/useI18n';
import { DossierDetails } from './DossierDetails';
import type { FullDossiers } from './useDossiers';

/**
 * Reading a dossier ahead (or again) without leaving the room: a modal dialog (focus kept inside, Escape
 * closes it, focus goes back to where it was), full screen on a phone, a side drawer on a wide screen. A native
 * <dialog> dressed with the design system's tokens and close button: the DSFR's own modal needs its script to
 * own the element, while this one is opened and closed by React alone.
 */
export function DossierDrawer({
  summary,
  full,
  isInSession,
  onClose,
  children,
}: {
  summary: RoomView['dossiers'][number];
  full: FullDossiers;
  isInSession: boolean;
  onClose: () => void;
  /** What the reader may do with this dossier, and its results once revealed. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    heading.current?.focus();
    // A close queued by an earlier cleanup may arrive after the dialog was shown again: not a close.
    const closed = () => {
      if (!element.open) close.current();
    };
    element.addEventListener('close', closed);
    return () => {
      element.removeEventListener('close', closed);
      if (element.open) element.close();
      opener?.focus();
    };
  }, []);

  // A new dossier in the same drawer starts at its top.
  useEffect(() => {
    heading.current?.focus();
  }, [summary.id]);

  return (
    <dialog
      ref={dialog}
      className="drawer"
      aria-labelledby={`${id}-heading`}
      onClick={(event) => {
        // A click on the backdrop (outside the panel) closes the drawer.
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      <div className="drawer-panel">
        <div className="drawer-bar">
          <p className="dossier-reference">{t('dossier.reference', { id: summary.id })}</p>
          <button
            type="button"
            className="fr-btn fr-btn--close fr-btn--tertiary-no-outline"
            onClick={() => dialog.current?.close()}
          >
            {t('dossier.drawer.close')}
          </button>
        </div>
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          {summary.title}
        </h2>
        {isInSession && <Notice className="fr-mb-2w" title={t('dossier.drawer.inSession')} />}
        <DossierDetails summary={summary} full={full} />
        {children}
      </div>
    </dialog>
  );
}
