import { describe, expect, it } from 'vitest';
import { matchPageRoute, matchPath, PageSubject } from './pageRoutes';

describe('page routes', () => {
  it('names the page and its segments', () => {
    expect(matchPageRoute('/p/abc/proces-verbal')).toMatchObject({
      route: { name: 'record', subject: PageSubject.Process },
      params: { id: 'abc' },
    });
    expect(matchPageRoute('/appel/c1/')?.route.name).toBe('call');
    expect(matchPageRoute('/')?.route.name).toBe('home');
    expect(matchPageRoute('/plan-du-site')?.route.name).toBe('sitemap');
  });

  it('lets the console route everything below /organiser', () => {
    expect(matchPageRoute('/organiser')?.route.name).toBe('organiser');
    expect(matchPageRoute('/organiser/p/x/ceremonie')?.route.name).toBe('organiser');
    expect(matchPageRoute('/organiserx')).toBeUndefined();
  });

  it('matches no unknown path', () => {
    for (const path of ['/nope', '/p', '/p/a/b', '/verifier/x', '/salle/a/b/c', '//', '/index'])
      expect(matchPageRoute(path), path).toBeUndefined();
  });

  it('decodes segments and refuses broken percent-encoding', () => {
    expect(matchPath('/p/:id', '/p/a%20b')).toEqual({ id: 'a b' });
    expect(matchPath('/p/:id', '/p/%E0%A4%A')).toBeUndefined();
  });
});
