// Test transport: keeps every message it is handed in an array, synchronously (a test reading the array
// right after a request sees the mail), and can be told to fail the next attempts.

import type { MailTransport, TransportMail } from '../ports';
import type { MailDeliveryError } from '../mail/mailDeliveryError';

export interface MemoryMailTransport extends MailTransport {
  sent: TransportMail[];
  /** The next `count` attempts fail with this error instead of being kept. */
  failNext(count: number, error: MailDeliveryError): void;
}

export function memoryMailTransport(sent: TransportMail[] = []): MemoryMailTransport {
  let failures: { count: number; error: MailDeliveryError } | undefined;
  return {
    sent,
    messageIdDomain: 'kleroterion.test',
    failNext(count, error) {
      failures = { count, error };
    },
    send(mail) {
      if (failures !== undefined && failures.count > 0) {
        failures.count--;
        return Promise.reject(failures.error);
      }
      sent.push(mail);
      return Promise.resolve({ messageId: mail.messageId });
    },
  };
}
