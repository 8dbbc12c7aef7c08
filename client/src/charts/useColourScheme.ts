// The design system's current colour scheme ("light" or "dark"), followed as the reader switches it, so
// that a canvas chart redraws with the scheme's colours (a canvas does not follow CSS by itself).
import { useEffect, useState } from 'react';

const read = (): string => document.documentElement.getAttribute('data-fr-theme') ?? 'light';

export function useColourScheme(): string {
  const [scheme, setScheme] = useState(read);
  useEffect(() => {
    const observer = new MutationObserver(() => setScheme(read()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-fr-theme'],
    });
    return () => observer.disconnect();
  }, []);
  return scheme;
}

/** `var(--token)` resolved against `element`'s computed style; any other colour is returned as is. */
export function resolveColour(colour: string, element: Element): string {
  const token = /^var\((--[\w-]+)\)$/.exec(colour.trim())?.[1];
  if (token === undefined) return colour;
  return getComputedStyle(element).getPropertyValue(token).trim() || colour;
}
