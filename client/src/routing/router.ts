// A minimal History-API router: the current path as React state, and navigation without reloads.

import { useEffect, useState } from 'react';

const NAVIGATE = 'kleroterion:navigate';

/** Goes to `path` inside the app and moves focus to the main content for screen-reader users. */
export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE));
  window.scrollTo(0, 0);
  document.getElementById('main')?.focus();
}

export function usePath(): string {
  const [path, setPath] = useState(() => window.location.pathname);
  useEffect(() => {
    const update = () => setPath(window.location.pathname);
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE, update);
    };
  }, []);
  return path;
}

/** Matches "/p/:id"-style patterns; returns the named segments or undefined. */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const regex = new RegExp(
    `^${pattern.replace(/:([a-zA-Z]+)/g, (_, name: string) => (names.push(name), '([^/]+)'))}/?$`,
  );
  const match = regex.exec(path);
  if (!match) return undefined;
  return Object.fromEntries(
    names.map((name, i) => [name, decodeURIComponent(match[i + 1] as string)]),
  );
}
