// Reads a volunteer's receipt as people actually paste it: the receipt alone, or their entry copied from
// the organiser's receipts file (`{ "receipt": …, "name": …, "email": … },`, trailing comma included, or
// without its outer braces), or that file with their one entry, or the whole receipt mail they received
// (text around the receipt block, even quoted in a reply). Problems are codes, worded by the page.

import { PastedReceipt } from '../../../shared/api/receipt';

export type Receipt = PastedReceipt;

export type ReceiptProblem =
  /** Nothing was pasted. */
  | 'empty'
  /** Not JSON, even once the copy's edges are repaired. */
  | 'not-json'
  /** The organiser's whole file, with several people's receipts. */
  | 'several'
  /** JSON, but without the id, the position or the proof. */
  | 'incomplete'
  /** A receipt of an unknown version, or whose stage-one part is damaged (found by checkReceipt). */
  | 'stage-one';

export type ReadReceipt = { ok: true; receipt: Receipt } | { ok: false; problem: ReceiptProblem };

/** The texts to try, from the paste as it is to the paste with its edges repaired. */
function candidates(text: string): string[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  // A line copied from a JSON list ends with the comma that separated it from the next entry.
  const withoutComma = trimmed.replace(/,\s*$/, '');
  return [trimmed, withoutComma, `{${withoutComma}}`, `[${withoutComma}]`, ...inMessage(trimmed)];
}

/**
 * The receipt block inside a pasted message: from its first opening brace to its last closing one,
 * once a reply's quoting ("> ") is removed and non-breaking spaces (from a mail client) are plain.
 */
function inMessage(text: string): string[] {
  const unquoted = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^(?:\s*>)+ ?/, ''))
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' ');
  const start = unquoted.indexOf('{');
  const end = unquoted.lastIndexOf('}');
  return start >= 0 && end > start ? [unquoted.slice(start, end + 1)] : [];
}

/** Finds the receipt in what was pasted or uploaded. Never throws. */
export function readReceipt(text: string): ReadReceipt {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  let json: unknown;
  let isJson = false;
  for (const candidate of candidates(text)) {
    try {
      json = JSON.parse(candidate);
      isJson = true;
      break;
    } catch {
      // try the next repair
    }
  }
  if (!isJson) return { ok: false, problem: 'not-json' };
  if (Array.isArray(json)) {
    if (json.length > 1) return { ok: false, problem: 'several' };
    json = json[0];
  }
  // An entry of the organiser's file: the receipt is under "receipt", beside whom to send it to.
  if (typeof json === 'object' && json !== null && 'receipt' in json)
    json = (json as { receipt: unknown }).receipt;
  const parsed = PastedReceipt.safeParse(json);
  return parsed.success ? { ok: true, receipt: parsed.data } : { ok: false, problem: 'incomplete' };
}
