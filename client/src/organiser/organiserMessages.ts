// Interface text of the organiser console, in French (the default) and English.

import { organiserEn as consoleEn } from './organiserEn';
import { organiserFr as consoleFr } from './organiserFr';
import { stratifiedEn } from './stratifiedEn';
import { stratifiedFr } from './stratifiedFr';
import { consoleLayoutEn } from './consoleLayoutEn';
import { consoleLayoutFr } from './consoleLayoutFr';

export const organiserFr = { ...consoleFr, ...stratifiedFr, ...consoleLayoutFr };
export const organiserEn = { ...consoleEn, ...stratifiedEn, ...consoleLayoutEn };
