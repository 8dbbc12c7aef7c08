// Gives each console page its own window title (RGAA 8.6), ending with the application's name.

import { useEffect } from 'react';
import { useServiceName } from '../layout/useServiceName';

export function useDocumentTitle(pageTitle: string): void {
  // The deployment's service name: Kleroterion, or a neutral operator's own.
  const title = `${pageTitle} — ${useServiceName().name}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
