// What every group's contract file uses: a trusted typed answer, a JSON file answer, the usual role lists.

import { z } from 'zod';
import { Role } from './roles';

/** An answer typed by a shared type and trusted: see the head of contract.ts. */
export const typed = <T>() => z.custom<T>(() => true);

export const json = { file: 'application/json' } as const;
export const PUBLIC = [Role.Public] as const;
export const ORGANISER = [Role.Organiser] as const;
export const INVITEE = [Role.Invitee] as const;
