// The one layout of every message: a message is a list of blocks (paragraphs, links, a preformatted
// receipt, a list of facts) rendered twice, as plain text and as simple HTML, so both parts say the same.
// Every interpolated value is escaped in the HTML part; nothing depends on images, style sheets or scripts
// (the one inline style lets the receipt's long hashes wrap on a phone).

import type { MailLanguage } from '../mailQueue';

/** What a message is made of; the text and HTML parts are both rendered from it. */
export type MailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'link'; label: string; url: string }
  | { kind: 'facts'; items: readonly { label: string; value: string }[] }
  | { kind: 'preformatted'; text: string };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export const paragraph = (text: string): MailBlock => ({ kind: 'paragraph', text });
export const link = (label: string, url: string): MailBlock => ({ kind: 'link', label, url });
export const facts = (items: readonly { label: string; value: string }[]): MailBlock => ({
  kind: 'facts',
  items,
});
export const preformatted = (text: string): MailBlock => ({ kind: 'preformatted', text });

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes a value for HTML text or a double-quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/** Only http(s) links become anchors: any other scheme (javascript:, data:) is shown as text. */
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/** A subject is one line: line breaks and control characters (header injection) become spaces. */
export function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

/** French typography puts a space before a colon. */
const COLON: Record<MailLanguage, string> = { fr: '\u00a0: ', en: ': ' };

function blockText(block: MailBlock, language: MailLanguage): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'link':
      return `${block.label}\n${block.url}`;
    case 'facts':
      return block.items.map((item) => `- ${item.label}${COLON[language]}${item.value}`).join('\n');
    case 'preformatted':
      return block.text;
  }
}

function blockHtml(block: MailBlock, language: MailLanguage): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text).replace(/\n/g, '<br>')}</p>`;
    case 'link':
      return isWebLink(block.url)
        ? `<p>${escapeHtml(block.label)}<br><a href="${escapeHtml(block.url)}">${escapeHtml(block.url)}</a></p>`
        : `<p>${escapeHtml(block.label)}<br>${escapeHtml(block.url)}</p>`;
    case 'facts':
      return `<ul>${block.items
        .map(
          (item) =>
            `<li><strong>${escapeHtml(item.label)}</strong>${COLON[language]}${escapeHtml(item.value)}</li>`,
        )
        .join('')}</ul>`;
    case 'preformatted':
      // Long hashes wrap on a phone instead of widening the message; a copy still gives the lines as they are.
      return `<pre style="white-space: pre-wrap; word-break: break-all">${escapeHtml(block.text)}</pre>`;
  }
}

/** Renders a message's blocks as its text and HTML parts (UTF-8, the language declared on <html>). */
export function renderMail(
  language: MailLanguage,
  subject: string,
  blocks: readonly MailBlock[],
  footer: string,
): RenderedMail {
  const cleanSubject = oneLine(subject);
  const text = `${[...blocks.map((block) => blockText(block, language)), '--', footer].join('\n\n')}\n`;
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(cleanSubject)}</title></head>`,
    '<body>',
    ...blocks.map((block) => blockHtml(block, language)),
    '<hr>',
    `<p><small>${escapeHtml(footer)}</small></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { subject: cleanSubject, text, html };
}

/** The footer every message ends with: who sends it, and that the address is not read. */
export const FOOTER: Record<MailLanguage, string> = {
  fr: 'Message envoyé par Kleroterion, l’outil de tirage au sort vérifiable. Merci de ne pas répondre à ce message.',
  en: 'Sent by Kleroterion, the verifiable lottery tool. Please do not reply to this message.',
};
