// Interface text of the organiser console, in French (the default) and English.

import { organiserEn as consoleEn } from './organiserEn';
import { organiserFr as consoleFr } from './organiserFr';
import { stratifiedEn } from './stratifiedEn';
import { stratifiedFr } from './stratifiedFr';

export const organiserFr = { ...consoleFr, ...stratifiedFr };
export const organiserEn = { ...consoleEn, ...stratifiedEn };
