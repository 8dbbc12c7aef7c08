// What every group's contract file uses: a trusted typed answer, a JSON file answer, a redirect, the usual
// role lists.

import { z } from 'zod';
import { Role } from './roles';

/** An answer typed by a shared type and trusted: see the head of contract.ts. */
export const typed = <T>() => z.custom<T>(() => true);

export const json = { file: 'application/json' } as const;
/** The browser is sent to a page (302): sign-in steps reached by navigation. */
export const redirect = { redirect: true } as const;
export const PUBLIC = [Role.Public] as const;
export const ORGANISER = [Role.Organiser] as const;
export const INVITEE = [Role.Invitee] as const;
export const ACCOUNT = [Role.Account] as const;
export const ADMINISTRATOR = [Role.Administrator] as const;
export const ACCOUNT_LINK = [Role.AccountLink] as const;
