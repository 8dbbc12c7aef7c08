import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../shared/errors';
import { MESSAGES, format } from '../i18n/messages';
import { describeApiError } from '../ui/formErrors';
import { ApiError } from './apiClient';
import { ClientErrorCode } from './serverErrorMessages';
import { serverErrorKey, serverErrorText } from './serverErrors';

const t = (language: 'fr' | 'en') => (key: keyof (typeof MESSAGES)['fr']) =>
  format(MESSAGES[language][key]);

describe('server errors in the reader’s language', () => {
  it('has a French and an English sentence for every error code', () => {
    const codes = [...Object.values(ErrorCode), ...Object.values(ClientErrorCode)];
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes) {
      const key = serverErrorKey(code);
      expect(key, code).toBe(`serverError.${code}`);
      const fr = MESSAGES.fr[key];
      const en = MESSAGES.en[key];
      expect(fr, `${code} in French`).toMatch(/^[A-ZÀ-Ý].{8,}[.:]$/);
      expect(en, `${code} in English`).toMatch(/^[A-Z].{8,}[.:]$/);
      expect(fr, code).not.toBe(en);
      // A French sentence, not the code or English left in place.
      expect(fr, code).not.toContain(code);
      expect(fr, code).not.toMatch(/\b(the|is|not|invalid|expected)\b/i);
    }
  });

  it('words an unknown code as a plain refusal, never as the code itself', () => {
    expect(serverErrorKey('SOMETHING_NEW')).toBe('serverError.UNKNOWN');
    expect(serverErrorText(t('fr'), { code: 'SOMETHING_NEW' })).toBe(
      'Le serveur a refusé la demande.',
    );
    expect(serverErrorText(t('fr'), undefined)).toBe('Le serveur a refusé la demande.');
  });

  it('shows a socket refusal from its code, never the server’s English text', () => {
    // What the room shows for "Cannot enter the room: processId: Invalid string…".
    const refusal = { code: ErrorCode.ValidationFailed, message: 'processId: Invalid string' };
    const fr = serverErrorText(t('fr'), refusal);
    expect(fr).toBe(
      'Les données envoyées ont été refusées : une valeur manque ou n’a pas la forme attendue.',
    );
    expect(fr).not.toContain('Invalid');
    expect(serverErrorText(t('en'), refusal)).toMatch(/^The data sent was refused/);
  });

  it('gives API errors their message key in the API client, and forms use it alone', () => {
    const error = new ApiError(ErrorCode.TransitionRefused, 'cannot draw in state open', 409);
    expect(error.key).toBe('serverError.TRANSITION_REFUSED');
    const described = describeApiError(error, 'field-1');
    expect(described).toEqual({ key: 'serverError.TRANSITION_REFUSED', fieldId: 'field-1' });
    expect(JSON.stringify(described)).not.toContain('cannot draw');
    expect(describeApiError(new TypeError('Failed to fetch')).key).toBe('serverError.NETWORK');
  });
});
