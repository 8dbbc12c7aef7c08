// The outcome of the pre-screening, as the applicant receives it: the same words as
// shared/calls/decisionMail.ts (its text is kept line for line), with an HTML part. Spec: docs/calls.md.

import { decisionMail, type DecisionMailInput } from '../../../shared/calls/decisionMail';
import type { MailLanguage } from '../mailQueue';
import { FOOTER, paragraph, link, renderMail, type MailBlock, type RenderedMail } from './layout';

export type ApplicationDecisionMailData = DecisionMailInput;

/** The decision mail, in the applicant's language. */
export function applicationDecisionMail(
  data: ApplicationDecisionMailData,
  language: MailLanguage = 'fr',
): RenderedMail {
  const { subject, text } = decisionMail(data, language);
  // The shared text is paragraphs separated by blank lines; its status link becomes a link block.
  const blocks: MailBlock[] = text.split('\n\n').map((chunk) => {
    const lines = chunk.split('\n');
    return lines.at(-1) === data.statusUrl && lines.length > 1
      ? link(lines.slice(0, -1).join('\n'), data.statusUrl)
      : paragraph(chunk);
  });
  return renderMail(language, subject, blocks, FOOTER[language]);
}
