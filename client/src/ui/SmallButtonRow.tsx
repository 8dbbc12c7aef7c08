import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';

/**
 * A row of small buttons under what they act on (DSFR button group, inline from small screens up): the
 * confirm and cancel of a confirmation, an account's actions. Each child is an `<li>` holding a button.
 */
export function SmallButtonRow({ children }: { children: ReactNode }) {
  return (
    <ul
      className={fr.cx(
        'fr-btns-group',
        'fr-btns-group--inline-sm',
        'fr-btns-group--sm',
        'fr-mt-2w',
      )}
    >
      {children}
    </ul>
  );
}
