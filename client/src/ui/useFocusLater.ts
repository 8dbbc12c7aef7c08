// Moves focus to an element once React has rendered it (a row just added, a confirmation just shown).

import { useEffect, useState } from 'react';

export function useFocusLater(): (elementId: string) => void {
  const [target, setTarget] = useState<{ id: string } | undefined>();
  useEffect(() => {
    if (target === undefined) return;
    document.getElementById(target.id)?.focus();
  }, [target]);
  // A fresh object each call, so asking twice for the same element still moves focus.
  return (elementId: string) => setTarget({ id: elementId });
}
