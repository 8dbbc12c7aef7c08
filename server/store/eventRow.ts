// One stored event of a hash-chained stream as SQLite returns it, and the query that reads a stream in
// order: shared by the chain store and by the check of every stored chain, so both read the same columns.

/** A row of a chain table (`events`, `call_events`), without the column that names the chain. */
export interface EventRow {
  seq: number;
  type: string;
  at: string;
  /** The event's payload as JSON text. */
  payload: string;
  prev_hash: string;
  hash: string;
}

/** The SQL reading every event of one chain of `table`, oldest first; its one parameter is the chain's id. */
export const selectEventRowsSql = (table: { name: string; key: string }): string =>
  `SELECT seq, type, at, payload, prev_hash, hash FROM ${table.name} WHERE ${table.key} = ? ORDER BY seq`;
