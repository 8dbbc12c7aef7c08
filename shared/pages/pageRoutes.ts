// The client's page routes, in one list that both sides read: the browser's router picks the page from it,
// and the server answers 404 (with the not-found page) for any path outside it, or naming no known process or call.

/** Which record a route's `:id` names, for the server to check it exists before answering 200. */
export const PageSubject = { Process: 'process', Call: 'call' } as const;
export type PageSubject = (typeof PageSubject)[keyof typeof PageSubject];

export interface PageRoute {
  /** The page's name in the client's router. */
  readonly name: string;
  /** "/p/:id"-style pattern; a final "/*" also matches every path below it (the console routes its own). */
  readonly pattern: string;
  /** The record its `:id` names, when the page shows one that may not exist. */
  readonly subject?: PageSubject;
}

export const PAGE_ROUTES = [
  { name: 'home', pattern: '/' },
  { name: 'verifier', pattern: '/verifier' },
  { name: 'lottery', pattern: '/verifier/loterie' },
  { name: 'witness', pattern: '/temoin' },
  { name: 'process', pattern: '/p/:id', subject: PageSubject.Process },
  { name: 'results', pattern: '/p/:id/results', subject: PageSubject.Process },
  { name: 'results', pattern: '/p/:id/resultats', subject: PageSubject.Process },
  { name: 'record', pattern: '/p/:id/proces-verbal', subject: PageSubject.Process },
  { name: 'call', pattern: '/appel/:id', subject: PageSubject.Call },
  { name: 'application', pattern: '/candidature/:token' },
  { name: 'reviewer', pattern: '/relecture/:token' },
  { name: 'invitation', pattern: '/i/:token' },
  { name: 'registration', pattern: '/inscription' },
  { name: 'room', pattern: '/salle/:id', subject: PageSubject.Process },
  { name: 'projector', pattern: '/salle/:id/projection', subject: PageSubject.Process },
  { name: 'organiser', pattern: '/organiser/*' },
  { name: 'accessibility', pattern: '/accessibilite' },
  { name: 'legal', pattern: '/mentions-legales' },
  { name: 'privacy', pattern: '/donnees-personnelles' },
  { name: 'sitemap', pattern: '/plan-du-site' },
] as const satisfies readonly PageRoute[];

export type PageName = (typeof PAGE_ROUTES)[number]['name'];

export interface PageMatch {
  readonly route: PageRoute & { readonly name: PageName };
  /** The pattern's named segments, URI-decoded. */
  readonly params: Readonly<Record<string, string>>;
}

const escapeRegExp = (text: string): string => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matches one "/p/:id"-style pattern (a trailing slash allowed); returns the named segments or undefined.
 * A segment that is not valid percent-encoding does not match.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const isPrefix = pattern.endsWith('/*');
  const body = isPrefix ? pattern.slice(0, -2) : pattern;
  const source = escapeRegExp(body).replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const tail = isPrefix ? '(?:/.*)?' : body === '/' ? '' : '/?';
  const match = new RegExp(`^${source}${tail}$`).exec(path);
  if (match === null) return undefined;
  try {
    return Object.fromEntries(
      names.map((name, i) => [name, decodeURIComponent(match[i + 1] as string)]),
    );
  } catch {
    return undefined;
  }
}

/** The first page route matching `path` (a URL's pathname, without query or fragment), if any. */
export function matchPageRoute(path: string): PageMatch | undefined {
  for (const route of PAGE_ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params !== undefined) return { route, params };
  }
  return undefined;
}
