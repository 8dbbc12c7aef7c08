// The procès-verbal's structure: sections of facts, tables and lists, in plain text, shared by the builder,
// its sections, the page and the PDF. Spec: docs/results.md, section "Procès-verbal".

export interface PvFact {
  term: string;
  value: string;
  /** A hash or an id, shown in a monospace font and allowed to break anywhere. */
  code?: boolean;
}

export interface PvColumn {
  label: string;
  code?: boolean;
}

export type PvBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; facts: PvFact[] }
  | { kind: 'list'; items: string[] }
  /** The first cell of each row heads it. */
  | { kind: 'table'; id: string; caption: string; columns: PvColumn[]; rows: string[][] }
  | {
      kind: 'signatures';
      text: string;
      place: string;
      signatories: { role: string; fields: string[] }[];
    };

export interface PvSection {
  id: string;
  title: string;
  blocks: PvBlock[];
}
