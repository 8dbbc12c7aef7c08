// Interface text of the organiser console, in French (the default) and English.

import { organiserEn as consoleEn } from './organiserEn';
import { organiserFr as consoleFr } from './organiserFr';
import { registerEn } from './registerEn';
import { registerFr } from './registerFr';
import { registrationConsoleEn, registrationConsoleFr } from './registrationConsoleMessages';
import { stageOneDrawEn, stageOneDrawFr } from './stageOneDrawMessages';
import { stratifiedEn } from './stratifiedEn';
import { stratifiedFr } from './stratifiedFr';
import { consoleLayoutEn } from './consoleLayoutEn';
import { consoleLayoutFr } from './consoleLayoutFr';

export const organiserFr = {
  ...consoleFr,
  ...stratifiedFr,
  ...registerFr,
  ...registrationConsoleFr,
  ...stageOneDrawFr,
  ...consoleLayoutFr,
};
export const organiserEn = {
  ...consoleEn,
  ...stratifiedEn,
  ...registerEn,
  ...registrationConsoleEn,
  ...stageOneDrawEn,
  ...consoleLayoutEn,
};
