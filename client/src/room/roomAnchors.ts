// Fixed element ids the room links to: the "Aller à ma notation" skip link and the dossier in session.

export const SCORING_FORM_ID = 'ma-notation';
export const CURRENT_DOSSIER_ID = 'dossier-en-seance';

/** Moves focus (and the view) to an element of the room, as an in-page link would for keyboard users. */
export function focusAnchor(id: string): boolean {
  const target = document.getElementById(id);
  if (target === null) return false;
  target.scrollIntoView({ block: 'start' });
  target.focus();
  return true;
}
