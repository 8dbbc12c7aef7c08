import { useMemo, type ReactNode } from 'react';
import { createModal } from '@codegouvfr/react-dsfr/Modal';

/**
 * A confirmation dialog (DSFR Modal through react-dsfr's `createModal`): the design system's script moves
 * focus into it, keeps it there, closes it on Escape and returns focus to the button that opened it.
 * Create it with `useConfirmModal(id)`, open it with `modal.open()` (or spread `modal.buttonProps` on the
 * trigger), and render `<ConfirmModal modal={modal} …/>` once. `onConfirm` runs, then the dialog closes.
 */
export type ConfirmModalHandle = ReturnType<typeof createModal>;

export function useConfirmModal(id: string): ConfirmModalHandle {
  // One modal per id for the component's life: createModal registers the DSFR's dialog once.
  return useMemo(() => createModal({ id, isOpenedByDefault: false }), [id]);
}

export function ConfirmModal({
  modal,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
}: {
  modal: ConfirmModalHandle;
  title: ReactNode;
  /** The consequence of confirming, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
}) {
  return (
    <modal.Component
      title={title}
      titleAs="h2"
      size="small"
      buttons={[
        { children: cancelLabel, priority: 'secondary' },
        { children: confirmLabel, onClick: onConfirm },
      ]}
    >
      {children}
    </modal.Component>
  );
}
