import type { ReactNode } from 'react';
import { Accordion } from '../ui/Accordion';
import { useI18n } from '../i18n/useI18n';

/** The fingerprints and numbers a specialist checks, folded away from the plain account above them. */
export function TechnicalDetails({ children }: { children: NonNullable<ReactNode> }) {
  const { t } = useI18n();
  return (
    <Accordion label={t('public.technical')} titleAs="h3" className="fr-mb-3w">
      {children}
    </Accordion>
  );
}
