// The form's answers, restored from the browser's draft when there is one and saved back as the
// applicant types; `clear` forgets them, `finish` removes the draft for good once the application is sent.

import { useCallback, useEffect, useRef, useState } from 'react';
import { deleteDraft, isBlank, loadDraft, saveDraft } from './applicationDraft';
import { emptyValues, type ApplicationValues } from './applicationValues';

export type DraftNotice = 'restored' | 'cleared' | undefined;

export function useApplicationDraft(callId: string) {
  const [restored] = useState(() => loadDraft(callId));
  const [values, setValues] = useState<ApplicationValues>(() => restored ?? emptyValues());
  const [notice, setNotice] = useState<DraftNotice>();
  const isTouched = useRef(false);
  const isFinished = useRef(false);

  // Said after the first render, so that the live region announces it.
  useEffect(() => {
    if (restored !== undefined && !isBlank(restored)) setNotice('restored');
  }, [restored]);

  useEffect(() => {
    if (isTouched.current && !isFinished.current) saveDraft(callId, values);
  }, [callId, values]);

  const update = useCallback(
    <K extends keyof ApplicationValues>(field: K, value: ApplicationValues[K]) => {
      isTouched.current = true;
      setValues((current) => ({ ...current, [field]: value }));
    },
    [],
  );

  const clear = useCallback(() => {
    deleteDraft(callId);
    isTouched.current = false;
    setValues(emptyValues());
    setNotice('cleared');
  }, [callId]);

  const finish = useCallback(() => {
    isFinished.current = true;
    deleteDraft(callId);
  }, [callId]);

  return { values, update, notice, clear, finish, hasDraft: !isBlank(values) };
}
