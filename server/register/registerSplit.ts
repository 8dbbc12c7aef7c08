// Splits a register CSV into records, as strictly as csv-parse does with the options the import used
// (`bom: true`, a given delimiter, `"` quotes doubled inside quoted fields, the record delimiter found at the
// first line break outside quotes: LF, CRLF or CR; empty lines as one empty field). Why not csv-parse: it
// walks every byte in JavaScript and builds each field from a buffer, ~3 µs a row, half the import's time;
// here a line without a quote is one `split`, and only lines with a quote take the byte-by-byte path.
// registerSplit.test.ts checks records, line numbers and refusals against csv-parse on random files.

import { StringDecoder } from 'node:string_decoder';

/** Why a file is not CSV; `line` is the physical line (LF-counted) where it was found. */
export interface CsvSyntaxProblem {
  line: number;
  reason: 'INVALID_OPENING_QUOTE' | 'INVALID_CLOSING_QUOTE' | 'QUOTE_NOT_CLOSED';
}

/** Records split from a chunk, each with the physical line it starts on. */
export interface CsvRecords {
  records: string[][];
  lines: number[];
}

export class CsvSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private text = '';
  private started = false;
  /** The record delimiter, once the first line break outside quotes has shown it. */
  private rd: string | undefined;
  /** The line the next record starts on. */
  private line = 1;
  /** A record being read by the slow path (it holds a quote), or undefined at a record's start. */
  private fields: string[] | undefined;
  private field = '';
  private quoted = false;
  /** Line breaks (LF) read so far inside the record being read by the slow path. */
  private breaks = 0;
  private failed = false;

  constructor(private readonly delimiter: string) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r')
      throw new RangeError('the delimiter is one character other than a quote or a line break');
  }

  /** Splits what `chunk` completes; records go to `out`, and a problem stops the splitter. */
  push(chunk: Uint8Array, out: CsvRecords): CsvSyntaxProblem | undefined {
    return this.scan(this.decoder.write(chunk as Buffer), false, out);
  }

  /** Splits the rest, at the end of the file. */
  end(out: CsvRecords): CsvSyntaxProblem | undefined {
    return this.scan(this.decoder.end(), true, out);
  }

  private scan(more: string, final: boolean, out: CsvRecords): CsvSyntaxProblem | undefined {
    if (this.failed) return undefined;
    let t = this.text + more;
    if (!this.started && t.length > 0) {
      this.started = true;
      if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
    }
    const d = this.delimiter;
    let p = 0;
    let quote = t.indexOf('"');
    const problem = (reason: CsvSyntaxProblem['reason'], line: number) => {
      this.failed = true;
      this.text = '';
      return { line, reason };
    };
    for (;;) {
      if (this.fields === undefined) {
        // At a record's start: a record without a quote is split at once.
        if (quote !== -1 && quote < p) quote = t.indexOf('"', p);
        if (this.rd === undefined) {
          const lf = t.indexOf('\n', p);
          const cr = t.indexOf('\r', p);
          const e = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
          if (e !== -1 && (quote === -1 || e < quote)) {
            if (t[e] === '\n') this.rd = '\n';
            else if (e + 1 < t.length) this.rd = t[e + 1] === '\n' ? '\r\n' : '\r';
            else if (final) this.rd = '\r';
            else break;
          }
        }
        const end = this.rd === undefined ? -1 : t.indexOf(this.rd, p);
        if (quote === -1 || (end !== -1 && end < quote)) {
          if (end === -1) {
            if (final && p < t.length) this.emit(t.slice(p), out);
            if (final) p = t.length;
            break;
          }
          this.emit(t.slice(p, end), out);
          p = end + (this.rd as string).length;
          continue;
        }
        this.fields = [];
        this.field = '';
        this.quoted = false;
        this.breaks = 0;
      }
      // The slow path: byte by byte (with jumps inside quotes), resumable when the chunk ends mid-record.
      const fields = this.fields;
      let waiting = false;
      let done = false;
      while (!done && !waiting) {
        if (this.quoted) {
          const c = t.indexOf('"', p);
          if (c === -1) {
            this.take(t, p, t.length);
            p = t.length;
            if (final) return problem('QUOTE_NOT_CLOSED', this.line);
            waiting = true;
            break;
          }
          this.take(t, p, c);
          p = c;
          if (c + 1 >= t.length) {
            if (!final) {
              waiting = true;
              break;
            }
            fields.push(this.field);
            p = c + 1;
            done = true;
            break;
          }
          const next = t[c + 1] as string;
          if (next === '"') {
            this.field += '"';
            p = c + 2;
            continue;
          }
          if (next === d) {
            fields.push(this.field);
            this.field = '';
            this.quoted = false;
            p = c + 2;
            continue;
          }
          const after = this.recordDelimiterAt(t, c + 1, final);
          if (after === undefined) {
            waiting = true;
            break;
          }
          if (after > 0) {
            fields.push(this.field);
            p = c + 1 + after;
            done = true;
            break;
          }
          return problem('INVALID_CLOSING_QUOTE', this.line + this.breaks);
        }
        if (p >= t.length) {
          if (!final) {
            waiting = true;
            break;
          }
          fields.push(this.field);
          done = true;
          break;
        }
        const ch = t[p] as string;
        if (ch === '"') {
          if (this.field !== '') return problem('INVALID_OPENING_QUOTE', this.line + this.breaks);
          this.quoted = true;
          p++;
          continue;
        }
        if (ch === d) {
          fields.push(this.field);
          this.field = '';
          p++;
          continue;
        }
        if (ch === '\n' || ch === '\r') {
          const length = this.recordDelimiterAt(t, p, final);
          if (length === undefined) {
            waiting = true;
            break;
          }
          if (length > 0) {
            fields.push(this.field);
            p += length;
            done = true;
            break;
          }
        }
        if (ch === '\n') this.breaks++;
        this.field += ch;
        p++;
      }
      if (waiting) break;
      out.records.push(fields);
      out.lines.push(this.line);
      this.line += 1 + this.breaks;
      this.fields = undefined;
      this.field = '';
      if (p >= t.length && final) break;
    }
    this.text = p >= t.length ? '' : t.slice(p);
    return undefined;
  }

  /** Adds `t[from .. to)` to the quoted field being read, counting its line breaks. */
  private take(t: string, from: number, to: number): void {
    if (to <= from) return;
    const part = t.slice(from, to);
    for (let at = part.indexOf('\n'); at !== -1; at = part.indexOf('\n', at + 1)) this.breaks++;
    this.field += part;
  }

  /** A record without quotes: its fields, and the line breaks a CRLF or CR file may hold in them. */
  private emit(record: string, out: CsvRecords): void {
    out.records.push(record.split(this.delimiter));
    out.lines.push(this.line);
    let breaks = 0;
    if (this.rd !== '\n')
      for (let at = record.indexOf('\n'); at !== -1; at = record.indexOf('\n', at + 1)) breaks++;
    this.line += 1 + breaks;
  }

  /**
   * The length of the record delimiter at `t[at]` (0: none, a plain character), finding it on the first
   * line break outside quotes; undefined when the next chunk must tell (a CR at the chunk's end).
   */
  private recordDelimiterAt(t: string, at: number, final: boolean): number | undefined {
    const ch = t[at];
    if (this.rd === undefined) {
      if (ch === '\n') this.rd = '\n';
      else if (ch === '\r') {
        if (at + 1 >= t.length && !final) return undefined;
        this.rd = t[at + 1] === '\n' ? '\r\n' : '\r';
      } else return 0;
    }
    if (this.rd === '\r\n') {
      if (ch !== '\r') return 0;
      if (at + 1 >= t.length) return final ? 0 : undefined;
      return t[at + 1] === '\n' ? 2 : 0;
    }
    return ch === this.rd ? 1 : 0;
  }
}
