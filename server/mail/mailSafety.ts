// What a message must be before it leaves: one plain address per recipient, a subject on one line, no
// control characters in headers. A message that fails is failed for good with a reason and never sent,
// so that no stored value can add a header or a recipient (docs/security.md, mail header injection).

import { z } from 'zod';
import { MailDeliveryError } from './mailDeliveryError';

/**
 * One bare address, `local@domain`: no display name, no angle brackets, no list, no whitespace or control
 * characters (a CR/LF would start a new header), at most 254 characters (RFC 5321).
 */
export const MailAddress = z
  .string()
  .max(254, 'the address is longer than 254 characters')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), 'the address holds a control character')
  .refine((value) => !/[\s<>"(),;:\\[\]]/.test(value), 'the address holds a space or a separator')
  .pipe(
    z.email({
      pattern: z.regexes.unicodeEmail,
      error: 'the address is not a single valid address',
    }),
  );

/** The subject as one header line: any line break or control character becomes a space. */
export function foldSubject(subject: string): string {
  return (
    subject
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is folded
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

/**
 * Checks a recipient address before sending.
 * @throws MailDeliveryError (permanent) naming what is wrong, never quoting the address
 */
export function requireSafeRecipient(to: string): string {
  const parsed = MailAddress.safeParse(to);
  if (!parsed.success)
    throw new MailDeliveryError(
      `refused before sending: ${parsed.error.issues[0]?.message ?? 'invalid address'}`,
      true,
    );
  return parsed.data;
}

/** The domain of a validated address (`a@b.example` → `b.example`), for Message-ID headers. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

const ADDRESS_LIKE = /[^\s<>"'@,;:()[\]]+@[^\s<>"'@,;:()[\]]+/g;

/** A transport's error text with every address-like word masked, for the queue and the logs. */
export function withoutAddresses(text: string, to?: string): string {
  const masked = to === undefined || to === '' ? text : text.split(to).join('<adresse>');
  return masked.replace(ADDRESS_LIKE, '<adresse>').replace(/\s+/g, ' ').trim().slice(0, 300);
}
