import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';

/** A page of one column, centred and narrower on wider screens: the sign-in, set-up and code pages. */
export function CentredColumn({ children }: { children: ReactNode }) {
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center', 'fr-my-4w')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-6')}>{children}</div>
    </div>
  );
}
