// Interface text of the organiser console, in French (the default) and English.

export { organiserEn } from './organiserEn';
export { organiserFr } from './organiserFr';
