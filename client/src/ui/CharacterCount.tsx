import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/useI18n';
import { pluralKey } from '../i18n/plural';
import { useAnnounce } from './Announcer';
import { characterCountState } from './characterCount';

/**
 * How long an answer may be, shown under its field (tied to it by aria-describedby) and, once typing
 * pauses, said by screen readers through the page's one announcer (not at every key, not at load).
 */
export function CharacterCount({
  id,
  count,
  limits,
}: {
  id: string;
  count: number;
  limits: readonly [number, number];
}) {
  const { t, language } = useI18n();
  const { state, values } = characterCountState(count, limits);
  const key =
    state === 'over' ? 'ui.counter.over' : pluralKey(language, `ui.counter.${state}`, count);
  const text = t(key, values);
  const announce = useAnnounce();
  const previous = useRef(text);
  useEffect(() => {
    if (previous.current === text) return undefined;
    previous.current = text;
    const timer = window.setTimeout(() => announce(text), 700);
    return () => window.clearTimeout(timer);
  }, [text, announce]);
  return (
    <p
      id={id}
      className={
        state === 'over'
          ? 'fr-message fr-message--error fr-mt-1v'
          : 'fr-message fr-hint-text fr-mt-1v'
      }
    >
      {text}
    </p>
  );
}
