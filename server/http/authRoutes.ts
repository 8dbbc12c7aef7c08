// Organiser sign-in: password set once on first start (scrypt), session cookie, rate-limited attempts.

import type { Request } from 'express';
import { parse as parseCookies } from 'cookie';
import { z } from 'zod';
import type { Db } from '../db/openDatabase';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { describeIssues } from '../../shared/lottery/protocol';
import { MIN_PASSWORD_LENGTH, checkPassword, hashPassword } from '../auth/password';
import { SESSION_COOKIE, type Sessions } from '../auth/sessions';
import type { Clock } from '../ports';
import { Role, type Route } from './routes';

const Password = z.strictObject({ password: z.string().min(1).max(1024) });

export function sessionToken(req: Request): string | undefined {
  const header = req.headers.cookie;
  return header === undefined ? undefined : parseCookies(header)[SESSION_COOKIE];
}

export function authRoutes(db: Db, sessions: Sessions, clock: Clock): Route[] {
  const readHash = db.prepare('SELECT password_hash FROM organiser WHERE id = 1');
  const insertHash = db.prepare(
    'INSERT INTO organiser (id, password_hash, created_at) VALUES (1, ?, ?)',
  );
  const passwordHash = () =>
    (readHash.get() as { password_hash: string } | undefined)?.password_hash;
  const body = (req: Request) => {
    const parsed = Password.safeParse(req.body);
    if (!parsed.success)
      throw new KleroterionError(ErrorCode.ValidationFailed, describeIssues(parsed.error));
    return parsed.data.password;
  };
  const openSession = () => {
    const { token } = sessions.open();
    return { name: SESSION_COOKIE, value: token };
  };
  return [
    {
      method: 'get',
      path: '/api/auth/session',
      role: Role.Public,
      handle: (req) => ({
        data: {
          passwordSet: passwordHash() !== undefined,
          organiser: sessions.isValid(sessionToken(req)),
        },
      }),
    },
    {
      method: 'post',
      path: '/api/auth/setup',
      role: Role.Public,
      handle: async (req) => {
        const password = body(req);
        if (passwordHash() !== undefined)
          throw new KleroterionError(
            ErrorCode.PasswordAlreadySet,
            'the organiser password is already set; sign in instead',
          );
        if (password.length < MIN_PASSWORD_LENGTH)
          throw new KleroterionError(
            ErrorCode.ValidationFailed,
            `the password needs at least ${MIN_PASSWORD_LENGTH} characters`,
            { field: 'password' },
          );
        const hash = await hashPassword(password);
        // The INSERT's primary key makes a concurrent second setup fail instead of replacing the first.
        try {
          insertHash.run(hash, clock.now().toISOString());
        } catch {
          throw new KleroterionError(
            ErrorCode.PasswordAlreadySet,
            'the organiser password is already set; sign in instead',
          );
        }
        return { status: 201, data: { organiser: true }, cookie: openSession() };
      },
    },
    {
      method: 'post',
      path: '/api/auth/login',
      role: Role.Public,
      rateLimited: true,
      handle: async (req) => {
        const password = body(req);
        const stored = passwordHash();
        if (stored === undefined)
          throw new KleroterionError(
            ErrorCode.PasswordNotSet,
            'no organiser password yet: set it first',
          );
        if (!(await checkPassword(password, stored)))
          throw new KleroterionError(ErrorCode.BadCredentials, 'wrong password');
        return { data: { organiser: true }, cookie: openSession() };
      },
    },
    {
      method: 'post',
      path: '/api/auth/logout',
      role: Role.Organiser,
      handle: (req) => {
        sessions.close(sessionToken(req));
        return {
          data: { organiser: false },
          cookie: { name: SESSION_COOKIE, value: '' },
        };
      },
    },
  ];
}
