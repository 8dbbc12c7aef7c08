import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

/**
 * The page's one live-region announcer: two visually hidden regions (polite and assertive) that are in the
 * page from the start, so that screen readers announce what is written into them later. Components say
 * things with `useAnnounce()(text, politeness)` instead of keeping live regions of their own (a counter,
 * a room event, "saved"). Mount `<Announcer>` once near the root; without it, `useAnnounce` falls back to
 * regions of its own added to the body on first use (so a component works in isolation and in tests).
 */

export type Politeness = 'polite' | 'assertive';
export type Announce = (text: string, politeness?: Politeness) => void;

const AnnounceContext = createContext<Announce | null>(null);

/** Repeating the same sentence must be announced again: clear the region, then write after a tick. */
const REWRITE_DELAY_MS = 50;

export function Announcer({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Record<Politeness, string>>({
    polite: '',
    assertive: '',
  });
  const timers = useRef<number[]>([]);
  useEffect(() => () => timers.current.forEach((timer) => window.clearTimeout(timer)), []);
  const announce = useCallback<Announce>((text, politeness = 'polite') => {
    setMessages((current) => ({ ...current, [politeness]: '' }));
    timers.current.push(
      window.setTimeout(
        () => setMessages((current) => ({ ...current, [politeness]: text })),
        REWRITE_DELAY_MS,
      ),
    );
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="fr-sr-only" aria-live="polite" aria-atomic="true" data-announcer="polite">
        {messages.polite}
      </div>
      <div
        className="fr-sr-only"
        aria-live="assertive"
        aria-atomic="true"
        data-announcer="assertive"
      >
        {messages.assertive}
      </div>
    </AnnounceContext.Provider>
  );
}

/** The body's own regions, for components rendered outside an <Announcer>. */
function fallbackRegion(politeness: Politeness): HTMLElement {
  const existing = document.querySelector<HTMLElement>(`[data-announcer-fallback="${politeness}"]`);
  if (existing !== null) return existing;
  const region = document.createElement('div');
  region.className = 'fr-sr-only';
  region.setAttribute('aria-live', politeness);
  region.setAttribute('aria-atomic', 'true');
  region.dataset['announcerFallback'] = politeness;
  document.body.append(region);
  return region;
}

const fallbackAnnounce: Announce = (text, politeness = 'polite') => {
  const region = fallbackRegion(politeness);
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = text;
  }, REWRITE_DELAY_MS);
};

/** The function that announces a sentence to screen readers, politely by default. */
export function useAnnounce(): Announce {
  const announce = useContext(AnnounceContext);
  useEffect(() => {
    // Create the fallback regions at mount, before anything is said into them.
    if (announce === null) {
      fallbackRegion('polite');
      fallbackRegion('assertive');
    }
  }, [announce]);
  return useMemo(() => announce ?? fallbackAnnounce, [announce]);
}
