// The access table and the HTTP contract say the same thing: every contract route has its row, and the
// row's answer to a caller without any credential follows from the roles the contract allows.

import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { Role } from '../../../shared/api/roles';
import { needsAccount } from '../../../shared/api/route';
import { HTTP_ACCESS, Outcome } from './accessTable';

describe('the access table and the HTTP contract', () => {
  const routes = Object.entries(contract);

  it('lists every contract route', () => {
    expect(routes.length).toBeGreaterThan(0);
    const missing = routes
      .map(([, route]) => `${route.method} ${route.path}`)
      .filter((key) => HTTP_ACCESS[key] === undefined);
    expect(missing).toEqual([]);
  });

  it('refuses an anonymous caller exactly as the contract’s roles say', () => {
    for (const [id, route] of routes) {
      const row = HTTP_ACCESS[`${route.method} ${route.path}`]!;
      const roles: readonly Role[] = route.roles;
      const expected = roles.includes(Role.Public)
        ? Outcome.Allow
        : needsAccount(route)
          ? Outcome.Unauthenticated
          : Outcome.TokenInvalid;
      expect(row.anonymous, id).toBe(expected);
      if (roles.includes(Role.Organiser)) expect(row.organiser, id).toBe(Outcome.Allow);
    }
  });
});
