import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/useI18n';

/** How long an answer may be, shown under the field and, once typing pauses, said by screen readers. */
export function CharacterCount({
  id,
  count,
  limits: [min, max],
}: {
  id: string;
  count: number;
  limits: readonly [number, number];
}) {
  const { t } = useI18n();
  const text =
    count > max
      ? t('calls.counter.over', { count, max, excess: count - max })
      : count < min
        ? t('calls.counter.short', { count, min, max })
        : t('calls.counter.ok', { count, max });
  const [spoken, setSpoken] = useState('');
  const previous = useRef(text);
  useEffect(() => {
    // Announce changes only (not the page load), and only once typing pauses, not at every key.
    if (previous.current === text) return undefined;
    previous.current = text;
    const timer = window.setTimeout(() => setSpoken(text), 700);
    return () => window.clearTimeout(timer);
  }, [text]);
  return (
    <>
      <p id={id} className={count > max ? 'character-count is-over' : 'character-count'}>
        {text}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
