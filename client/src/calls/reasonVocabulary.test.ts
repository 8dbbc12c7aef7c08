import { describe, expect, it } from 'vitest';
import { REASONS } from '../../../shared/calls/callEvents';
import { decisionMail } from '../../../shared/calls/decisionMail';
import { REASON_LABELS } from '../../../shared/calls/refusalReasons';
import { LANGUAGES, MESSAGES } from '../i18n/messages';
import { REASON_KEYS } from '../i18n/reasonKeys';
import { reasonKey } from '../i18n/reasonKey';

describe('one vocabulary of refusal reasons', () => {
  it('gives the settlement form, the status page and the public statistics the same key and label per code', () => {
    for (const language of LANGUAGES)
      for (const reason of REASONS) {
        // The organiser's form and outcome read REASON_KEYS; the status page, chart and table read reasonKey.
        expect(REASON_KEYS[reason]).toBe(reasonKey(reason));
        expect(MESSAGES[language][reasonKey(reason)]).toBe(REASON_LABELS[language][reason]);
      }
  });

  it('keeps no second set of reason labels in any dictionary', () => {
    for (const language of LANGUAGES) {
      const keys = Object.keys(MESSAGES[language]).filter((key) =>
        /(^|\.)reasons?\.(commercial|unrealistic|charter|out-?of-?scope|duplicate|immature|vague|other)$/i.test(
          key,
        ),
      );
      expect(keys.sort()).toEqual(REASONS.map(reasonKey).sort());
      const labels = new Set<string>(Object.values(REASON_LABELS[language]));
      expect(labels.size).toBe(REASONS.length);
      const elsewhere = Object.entries(MESSAGES[language]).filter(
        ([key, value]) => labels.has(value) && !key.startsWith('calls.reason.'),
      );
      // "Autre motif" / "Other reason" may not be reused under another key either.
      expect(elsewhere).toEqual([]);
    }
  });

  it('writes the same French label in the decision mail', () => {
    for (const reason of REASONS) {
      const mail = decisionMail({
        leadName: 'Camille',
        projectName: 'Projet',
        ref: 'AIC-2026-001',
        callTitle: 'Appel',
        admissible: false,
        reason,
        reasonText: 'Une explication en clair.',
        statusUrl: 'https://example.org/candidature/x',
      });
      expect(mail.text).toContain(`Motif : ${REASON_LABELS.fr[reason]}.`);
      expect(mail.subject).toBe('Décision sur votre candidature AIC-2026-001 : non recevable');
    }
  });
});
