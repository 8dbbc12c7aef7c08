import { describe, expect, it } from 'vitest';
import { MESSAGES, format, type Language, type MessageKey } from './messages';
import { pluralKey, tPlural } from './plural';

const i18n = (language: Language) => ({
  language,
  t: (key: MessageKey, values?: Record<string, string | number>) =>
    format(MESSAGES[language][key], values),
});

describe('plural forms', () => {
  it('follows French rules: 0 and 1 are singular, 2 and more plural', () => {
    expect(pluralKey('fr', 'room.progress', 0)).toBe('room.progress.one');
    expect(pluralKey('fr', 'room.progress', 1)).toBe('room.progress.one');
    expect(pluralKey('fr', 'room.progress', 2)).toBe('room.progress.other');
    // CLDR's French "many" (a million) falls back to the plural form.
    expect(pluralKey('fr', 'room.progress', 1_000_000)).toBe('room.progress.other');
  });

  it('follows English rules: only 1 is singular', () => {
    expect(pluralKey('en', 'room.progress', 0)).toBe('room.progress.other');
    expect(pluralKey('en', 'room.progress', 1)).toBe('room.progress.one');
    expect(pluralKey('en', 'room.progress', 3)).toBe('room.progress.other');
  });

  it('writes the room’s progress and attendance with the right agreement in both languages', () => {
    const fr = i18n('fr');
    const en = i18n('en');
    expect(tPlural(fr, 'room.progress', 1, { submitted: 1, eligible: 1 })).toBe(
      '1 juré·e sur 1 a enregistré sa notation.',
    );
    expect(tPlural(fr, 'room.progress', 3, { submitted: 3, eligible: 3 })).toBe(
      '3 juré·es sur 3 ont enregistré leur notation.',
    );
    expect(tPlural(en, 'room.progress', 1, { submitted: 1, eligible: 1 })).toBe(
      'Scores saved by 1 juror out of 1.',
    );
    expect(tPlural(en, 'room.progress', 0, { submitted: 0, eligible: 3 })).toBe(
      'Scores saved by 0 jurors out of 3.',
    );
    expect(tPlural(fr, 'facilitator.presence', 1, { present: 1, expected: 4 })).toBe(
      'Présence : 1 juré·e sur 4',
    );
    expect(tPlural(en, 'dossier.agenda.toggle', 1, { count: 1 })).toBe(
      'Show the agenda (1 dossier)',
    );
  });
});
