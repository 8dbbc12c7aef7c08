import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOutbox } from '../../scripts/lib/faults/outboxReader';
import { removeOutboxMail } from '../privacy/removeOutboxMail';
import { readRawMail } from '../testing/rawMail';
import { createOutboxTransport } from './outboxTransport';

const dir = mkdtempSync(join(tmpdir(), 'kleroterion-outbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mail = (to: string, subject: string) => ({
  to,
  subject,
  text: 'Bonjour Éloïse,\nvotre reçu.',
  html: '<p>Bonjour Éloïse,</p>',
  messageId: `<${to.length}abc@lyon.example>`,
  kind: 'receipt',
  language: 'fr' as const,
});

describe('the outbox transport', () => {
  it('writes each message as JSON for the readers and as a real .eml beside it; erasure removes both', async () => {
    const folder = join(dir, 'outbox');
    const transport = createOutboxTransport(
      folder,
      { now: () => new Date('2026-12-04T18:00:00Z') },
      {
        name: 'Mairie de Lyon',
        address: 'jury@lyon.example',
      },
    );
    expect(transport.messageIdDomain).toBe('lyon.example');
    await transport.send(mail('eloise@exemple.fr', 'Votre reçu « Été »'));
    await transport.send(mail('bruno@exemple.fr', 'Votre reçu'));
    // The JSON files are there at once; the .eml copies once the transport is closed.
    expect(readdirSync(folder).filter((name) => name.endsWith('.json'))).toHaveLength(2);
    await transport.close?.();

    expect(readOutbox(folder).map((m) => [m.to, m.subject, m.text])).toEqual([
      ['eloise@exemple.fr', 'Votre reçu « Été »', 'Bonjour Éloïse,\nvotre reçu.'],
      ['bruno@exemple.fr', 'Votre reçu', 'Bonjour Éloïse,\nvotre reçu.'],
    ]);
    const emls = readdirSync(folder)
      .filter((name) => name.endsWith('.eml'))
      .sort();
    expect(emls).toHaveLength(2);
    const eml = readRawMail(readFileSync(join(folder, emls[0]!), 'utf8'));
    expect(eml.header('subject')).toBe('Votre reçu « Été »');
    expect(eml.header('from')).toBe('Mairie de Lyon <jury@lyon.example>');
    expect(eml.header('message-id')).toBe('<17abc@lyon.example>');
    expect(eml.parts.map((p) => p.body.replace(/\r\n/g, '\n'))).toEqual([
      'Bonjour Éloïse,\nvotre reçu.',
      '<p>Bonjour Éloïse,</p>',
    ]);

    expect(removeOutboxMail(folder, ['ELOISE@exemple.fr'])).toBe(1);
    expect(readdirSync(folder).sort()).toEqual(
      [emls[1]!, emls[1]!.replace(/\.eml$/, '.json')].sort(),
    );
    expect(existsSync(join(folder, emls[0]!))).toBe(false);
  });

  it('refuses an unsafe address before writing anything', async () => {
    const folder = join(dir, 'refused');
    const transport = createOutboxTransport(folder, { now: () => new Date() });
    await expect(
      transport.send(mail('a@b.example\r\nBcc: c@d.example', 'x')),
    ).rejects.toMatchObject({
      permanent: true,
    });
    expect(readdirSync(folder)).toEqual([]);
  });
});
